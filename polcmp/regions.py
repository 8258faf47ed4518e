"""Which region a list belongs to, read from its title, and the short name people call a region by
(广西 for 广西壮族自治区). The provincial-level names are data: mappings/regions.toml."""

from __future__ import annotations

from .frozen import frozen
from .model import InputError
from .regexcache import compiled

# A title that names its region with the suffix of an administrative level: 江州市流动儿童…清单
_REGION_IN_TITLE = compiled(r"([\u4e00-\u9fff]{2,12}?(?:自治区|特别行政区|省|市|县|区|州|盟|旗))"
                            r"(?=流动儿童|关于|加强|贯彻|在居住地|进一步)")
# What may come before the region in a title: 附件, 附件1：, a year
_TITLE_LEAD = compiled(r"^(?:附件\s*\d*\s*[：:]?\s*|\d{4}年\s*)*")


@frozen
class Region:
    """A provincial-level region by its names."""

    name: str  # the full name: 广西壮族自治区
    short: str  # 广西
    also: tuple[str, ...] = ()  # other spellings titles use: 广西自治区


def region_in_title(title: str, regions: tuple[Region, ...] = ()) -> str:
    """The full name of the region a title names, or '': a provincial-level region by any of its names
    (广西流动儿童… → 广西壮族自治区), else a name ending in a level's suffix (江州市流动儿童… → 江州市)."""
    head = _TITLE_LEAD.sub("", title.strip())
    for region in regions:
        for spelling in (region.name, *region.also, region.short):
            if head.startswith(spelling):
                return region.name
    found = _REGION_IN_TITLE.search(title)
    return found.group(1) if found else ""


def short_region(name: str, regions: tuple[Region, ...] = ()) -> str:
    """广西壮族自治区 → 广西; a name the table does not hold stays as it is (江州市)."""
    return next((r.short for r in regions if name in (r.name, *r.also)), name)


def regions_from(data: dict, where: str) -> tuple[Region, ...]:
    """mappings/regions.toml's [[region]] entries; a malformed one is an InputError naming the file."""
    out = []
    for k, entry in enumerate(data.get("region", [])):
        name, short, also = entry.get("name"), entry.get("short", ""), entry.get("also", [])
        if not isinstance(name, str) or not name or not isinstance(short, str) \
                or not isinstance(also, list) or not all(isinstance(a, str) and a for a in also):
            raise InputError(where, f"region {k + 1}: needs a name, a short name and a list `also` of strings")
        out.append(Region(name, short or name, tuple(also)))
    return tuple(out)
