"""polcmp.regions: the region a title names, by the names provinces and autonomous regions use."""

import pytest

from polcmp.model import InputError
from polcmp.regions import region_in_title, regions_from, short_region


@pytest.mark.parametrize("title,region", [
    ("广西流动儿童在居住地享有关爱服务基础清单", "广西壮族自治区"),
    ("附件：广西壮族自治区流动儿童在居住地享有关爱服务基础清单", "广西壮族自治区"),
    ("附件2 内蒙古流动儿童关爱服务清单", "内蒙古自治区"),
    ("新疆维吾尔自治区流动儿童关爱服务清单", "新疆维吾尔自治区"),
    ("宁夏自治区流动儿童在居住地享有关爱服务基础清单", "宁夏回族自治区"),
    ("2025年黑龙江流动儿童关爱服务清单", "黑龙江省"),
    ("江州市流动儿童在居住地享有关爱服务清单", "江州市"),  # not provincial: read by its suffix
    ("宁川县流动儿童关爱服务清单（2025年版）", "宁川县"),
    ("流动儿童在居住地享有关爱服务基础清单", ""),
])
def test_region_in_title(mappings, title, region):
    assert region_in_title(title, mappings.regions) == region


def test_short_names(mappings):
    assert short_region("广西壮族自治区", mappings.regions) == "广西"
    assert short_region("新疆自治区", mappings.regions) == "新疆"
    assert short_region("江州市", mappings.regions) == "江州市"


def test_a_malformed_region_is_bad_input():
    with pytest.raises(InputError, match="region 1: needs a name"):
        regions_from({"region": [{"short": "广西"}]}, "regions.toml")


def test_a_list_titled_by_a_short_name_is_named_by_its_region_in_coverage(run, tmp_path):
    import json

    from tests.conftest import ROOT

    copy = tmp_path / "gx.txt"
    copy.write_bytes((ROOT / "sources" / "guangxi.txt").read_bytes())
    regions = json.loads(run("coverage", str(copy), "--format", "json").stdout)["regions"]
    assert [(r["id"], r["name"]) for r in regions] == [("gx", "广西壮族自治区")]  # not the file's name
