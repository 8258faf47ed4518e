"""polcmp as a library: every command is one of these calls, and the CLI only parses arguments,
makes the call and renders the result.

    from polcmp import api
    ctx = api.context()
    comparison = api.compare(api.load("national", context=ctx), api.load("qingdao", context=ctx), context=ctx)
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from . import match as matching  # a lazy package: rapidfuzz and the clause map load at the first compare
from . import results  # the coverage, check and history types by name: `polcmp diff` never builds them
from .batch import Target, expand, run_many
from .check import against_ancestor, check_list, label_chain, own_items, sort_findings
from .frozen import frozen
from .history import edition, edition_events
from .judgecache import JudgementStore
from .mappings import Mappings, load_mappings
from .matrix import region_coverage
from .model import DocumentKind, InputError, PolicyList, Source
from .regions import region_in_title, short_region
from .register import Registration
from .register import add as register
from .results import Comparison, Severity
from .settings import Settings, load_settings
from .sources import Registry, load_list, load_registry


@frozen
class Context:
    """What every call needs besides its documents: the registry, the mappings, the settings."""

    registry: Registry
    mappings: Mappings
    settings: Settings

    def source(self, ref: str) -> Source | None:
        return self.registry.get(ref)


def context(*, sources: str | Path | None = None, mappings: str | Path | None = None,
            settings: str | Path | Settings | None = None) -> Context:
    """Folders default to $POLCMP_SOURCES / $POLCMP_MAPPINGS, then the bundled ones; settings to
    $POLCMP_SETTINGS, then the defaults."""
    chosen = settings if isinstance(settings, Settings) else load_settings(settings or os.environ.get("POLCMP_SETTINGS"))
    return Context(load_registry(sources), load_mappings(mappings), chosen)


def load(ref: str, *, context: Context) -> PolicyList:
    """A registry id or a path -> the parsed list or plan."""
    return load_list(ref, context.registry, context.mappings, context.settings.read)


def baseline(ref: str, *, context: Context) -> PolicyList:
    """A list that can serve as a baseline: a table list, never a prose plan."""
    lst = load(ref, context=context)
    if lst.kind is DocumentKind.PLAN:
        raise InputError(lst.path, "is a prose plan; a baseline must be a list with rows (服务项目, 服务内容)")
    return lst


def compare(base: PolicyList, other: PolicyList, *, context: Context, detail: bool = True) -> Comparison:
    """Align two lists (or a list and a prose plan) and say how each item fares."""
    if base.kind is DocumentKind.PLAN:
        raise InputError(base.path, "is a prose plan; it cannot be the baseline of a comparison (put it second)")
    comparison = matching.compare(base, other, mappings=context.mappings, settings=context.settings.match, detail=detail)
    return replace(comparison, reference=_reference(base, context),
                   names=(_region(base, context), _region(other, context)),
                   dates=(_date(base, context), _date(other, context)))


def _region(lst: PolicyList, context: Context) -> str:
    """The region a list belongs to, for people: its registry name, else the one its title names."""
    source = context.source(lst.id)
    return (source.name if source else "") or region_in_title(lst.title, context.mappings.regions)


def _date(lst: PolicyList, context: Context) -> str:
    source = context.source(lst.id)
    return ((source.edition or source.date) if source else "") or _edition_in(lst.title)


def _reference(base: PolicyList, context: Context) -> str:
    """'' when `base` is the national baseline (levels are said against 基准), else the name levels are
    said against: the base list's region by its short name (广西), else its id."""
    source = context.source(base.id)
    if base.reconstructed or base.id == "national" or (source is not None and source.level == "national"):
        return ""
    name = (source.name if source else "") or region_in_title(base.title, context.mappings.regions)
    return short_region(name, context.mappings.regions) if name else base.id


def _name(target: Target, context: Context, title: str = "") -> str:
    source = context.source(target.ref)
    if source and source.name:
        return source.name
    return region_in_title(title, context.mappings.regions) or target.region


def _distinct(regions: tuple[results.RegionCoverage, ...]) -> tuple[results.RegionCoverage, ...]:
    """Two columns with one name or id (a list in .txt and .xlsx, two editions of one city) are told
    apart by their file names."""
    names, ids = Counter(r.name for r in regions), Counter(r.id for r in regions)
    out = []
    for r in regions:
        file = Path(r.source).name
        name = f"{r.name} ({file})" if names[r.name] > 1 else r.name
        rid = file if ids[r.id] > 1 else r.id
        out.append(r if (name, rid) == (r.name, r.id) else replace(r, name=name, id=rid))
    return tuple(out)


def _judgements(context: Context) -> JudgementStore | None:
    """The store the level judgements of this context's lists are kept in (None: kept nowhere)."""
    return getattr(context.mappings.level_memo, "store", None)


def _cover_one(target: Target, base: PolicyList, context: Context, detail: bool) -> results.RegionCoverage:
    other = load(target.ref, context=context)
    comparison = compare(base, other, context=context, detail=detail)
    return region_coverage(comparison, name=_name(target, context, other.title), keep_comparison=detail)


def cover(base: PolicyList, refs: Iterable[str] = (), *, context: Context, detail: bool = False,
          progress: Callable[[int], None] = lambda done: None, strict: bool = False) -> results.CoverageMatrix:
    """The coverage matrix of `base` over the lists named (ids, files or folders; default: every
    registered source but the baseline). detail=True keeps each region's comparison (for reports)."""
    refs = list(refs) or [s.id for s in context.registry.sources if s.id != base.id]
    targets, skipped = expand(refs, context.registry.ids())
    outcomes = run_many(_cover_one, targets, (base, context, detail), context.settings.batch, progress,
                        kept=_judgements(context))
    regions = _distinct(tuple(o for o in outcomes if isinstance(o, results.RegionCoverage)))
    skipped += [o for o in outcomes if isinstance(o, results.Skipped)]
    if len(targets) == 1 and not regions and skipped:
        raise InputError(skipped[-1].path, skipped[-1].problem)
    if strict and skipped:
        raise InputError(skipped[0].path, f"{skipped[0].problem} (--strict: {len(skipped)} file(s) skipped)")
    return results.CoverageMatrix(base, regions, tuple(skipped), base.reconstructed)


def _check_one(target: Target, base: PolicyList, context: Context, fail_on: Severity = Severity.ERROR):
    lst = load(target.ref, context=context)
    comparison = compare(base, lst, context=context)
    coverage = region_coverage(comparison, name=_name(target, context, lst.title), keep_comparison=True)
    return check_list(comparison, coverage, context.mappings, context.settings.check, fail_on=fail_on)


class ChainMemo:
    """The lists above the checked lists and what each owes beyond its parent, kept for one chain check: made
    by `check` and handed to every list it checks (a worker process holds its own copy), so a chain check of
    2,800 counties compares each province with the national list once, not per county."""

    def __init__(self) -> None:
        self._kept: dict[tuple, object] = {}

    def get(self, key: tuple, make: Callable):
        if key not in self._kept:
            self._kept[key] = make()
        return self._kept[key]


def chain_of(ref: str, *, baseline: PolicyList, context: Context, parent: str | None = None) -> tuple[Source, ...]:
    """The registered lists above a list, from the top down, without the baseline: those its registry
    entry (found by id or by file) names, or `parent` and those above it. Prose plans are left out (a
    plan cannot be a baseline)."""
    registry = context.registry
    if parent is not None:
        top = registry.get(parent)
        if top is None:
            raise InputError(parent, f"--parent: unknown source id (known ids: {', '.join(registry.ids())})")
        above = (top, *registry.ancestors(top.id))
    else:
        entry = registry.get(ref) or registry.by_path(ref)
        above = registry.ancestors(entry.id) if entry else ()
    return tuple(s for s in reversed(above) if s.id != baseline.id and s.kind is not DocumentKind.PLAN)


def _owed(source: Source, baseline: PolicyList, context: Context, memo: ChainMemo):
    """(the ancestor's list, the indexes of the services it added, of the rows it raised) against its
    parent (or the baseline, for an ancestor with none), kept in the chain check's memo."""
    folder = str(context.registry.folder)

    def make():
        lst = memo.get((folder, "list", source.id), lambda: load(source.id, context=context))
        parent_source = context.registry.get(source.parent) if source.parent else None
        if parent_source is None or parent_source.kind is DocumentKind.PLAN or parent_source.id == baseline.id:
            parent = baseline
        else:
            parent = memo.get((folder, "list", parent_source.id), lambda: load(parent_source.id, context=context))
        return (lst, *own_items(compare(parent, lst, context=context, detail=False)))

    return memo.get((folder, "owed", source.id, baseline.id), make)


def _check_chain_one(target: Target, base: PolicyList, context: Context, parent: str | None, fail_on: Severity,
                     memo: ChainMemo):
    lst = load(target.ref, context=context)
    comparison = compare(base, lst, context=context)
    coverage = region_coverage(comparison, name=_name(target, context, lst.title), keep_comparison=True)
    root = check_list(comparison, coverage, context.mappings, context.settings.check, fail_on=fail_on)
    chain = chain_of(target.ref, baseline=base, context=context, parent=parent)
    if not chain:
        return root
    base_source = context.registry.get(base.id)
    findings = label_chain(root, base, base_source.level if base_source else "national")
    for source in chain:
        ancestor, added, raised = _owed(source, base, context, memo)
        against = compare(ancestor, lst, context=context)
        own = region_coverage(against, name=lst.id, keep_comparison=True)
        checked = check_list(against, own, context.mappings, context.settings.check)
        findings += against_ancestor(checked, ancestor, source.level, added, raised)
    return replace(root, findings=tuple(sort_findings(findings)), chain=(base.id, *(s.id for s in chain)))


def check(refs: Iterable[str], *, baseline: PolicyList, context: Context, chain: bool = False,
          parent: str | None = None, fail_on: Severity = Severity.ERROR) -> results.CheckReport:
    """Validate and judge lists against the baseline; every readable file is checked, the others listed.
    chain=True also checks each list against every registered list above it (its registry entry's
    parents, or `parent` and those above it): a service an ancestor added and the list drops, a row an
    ancestor raised and the list falls below, each finding naming the list and level it is against.
    fail_on: the least severe finding that fails a list (errors by default, as linters do)."""
    if parent is not None:
        chain_of("", baseline=baseline, context=context, parent=parent)  # an unknown parent: bad input, once
    targets, skipped = expand(refs, context.registry.ids())
    if chain or parent is not None:
        outcomes = run_many(_check_chain_one, targets, (baseline, context, parent, fail_on, ChainMemo()),
                            context.settings.batch, kept=_judgements(context))
    else:
        outcomes = run_many(_check_one, targets, (baseline, context, fail_on), context.settings.batch,
                            kept=_judgements(context))
    checks = tuple(o for o in outcomes if isinstance(o, results.ListCheck))
    skipped += [o for o in outcomes if isinstance(o, results.Skipped)]
    return results.CheckReport(checks, tuple(skipped), baseline.reconstructed)


def history(refs: Iterable[str], *, context: Context):
    """The editions of one region in order (`refs`: one registry id, whose region's editions the registry
    lists, oldest first; or two or more ids or files, in the order given) and every service added,
    dropped, split, merged, raised or lowered, in the edition where it happened."""
    refs = list(refs)
    if len(refs) == 1:
        refs = _editions_of(refs[0], context.registry)
    lists = [baseline(ref, context=context) for ref in refs]
    labels = [_edition_label(ref, lst, context.registry) for ref, lst in zip(refs, lists, strict=True)]
    comparisons, events = [], []
    for index in range(len(lists) - 1):
        old, new, old_label, new_label = lists[index], lists[index + 1], labels[index], labels[index + 1]
        comparison = compare(old, new, context=context)
        comparisons.append(comparison)
        events += edition_events(comparison, old_label, new_label)
    first = context.registry.get(refs[0])
    region = (first.name if first and first.name else "") or \
        region_in_title(lists[-1].title, context.mappings.regions) or lists[-1].id
    return results.History(region, tuple(edition(lst, label) for lst, label in zip(lists, labels, strict=True)),
                           tuple(events), tuple(comparisons))


def _editions_of(ref: str, registry: Registry) -> list[str]:
    """The ids of the editions (lists) of the region of registry id `ref`, oldest first: two or more."""
    source = registry.get(ref)
    if source is None:
        raise InputError(ref, "one edition: give a registry id (its region's editions are read from the "
                              "registry) or two or more files, oldest first")
    refs = [s.id for s in registry.editions(source.id) if s.kind is DocumentKind.LIST]
    if len(refs) < 2:
        raise InputError(refs[0], f"the registry holds one edition of {source.name or source.id}; "
                                  "register another (polcmp add FILE --edition YEAR) or give files")
    return refs


def _edition_label(ref: str, lst: PolicyList, registry: Registry) -> str:
    """The registry's edition (or date) of the list, else the year its title names, else its id."""
    source = registry.get(ref) or registry.by_path(ref)
    return ((source.edition or source.date) if source else "") or _edition_in(lst.title) or lst.id


def _edition_in(title: str) -> str:
    """2025 of （2025年版）, or ''."""
    found = re.search(r"[（(]?(20\d\d)年(?:版|修订|修订版)", title)
    return found.group(1) if found else ""


def sources(*, context: Context) -> results.SourceListing:
    """The registered sources with their item counts (None where the file cannot be read)."""
    rows = []
    for s in context.registry.sources:
        try:
            count: int | None = len(load(s.id, context=context).items)
        except InputError:
            count = None
        rows.append(results.SourceRow(s.id, s.name, s.level, s.kind, count, s.title, s.date, s.reconstructed,
                                      file=s.file, issuer=s.issuer, parent=s.parent, edition=s.edition))
    return results.SourceListing(str(context.registry.folder), tuple(rows))


def add(path: str | Path, *, context: Context, parent: str | None = None, source_id: str | None = None,
        edition: str | None = None, force: bool = False) -> Registration:
    """Register a list or plan in the registry: region, level, title and date read from the document, the
    parent inferred from the registered regions it names."""
    return register(path, context=context, parent=parent, source_id=source_id, edition=edition, force=force)
