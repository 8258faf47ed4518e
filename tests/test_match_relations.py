import dataclasses

from polcmp.match import compare
from polcmp.results import Fate
from polcmp.sources import load_list
from tests.conftest import ROOT


def test_qingdao_drops_secondary_vocational_aid(lists, mappings):
    c = compare(lists["national"], lists["qingdao"], mappings=mappings)
    assert [(d.item.seq, d.item.service, d.fate) for d in c.dropped] == [(5, "中等职业教育助学服务", Fate.DROPPED)]


def test_splits(lists, mappings):
    gx = compare(lists["national"], lists["guangxi"], mappings=mappings)
    # a three-way split: 技能培训 (职业培训 for parents) and 求职服务 (职业介绍) carved out of 城市融入服务
    assert [(a.item.service, a.related.service) for a in gx.added if a.fate is Fate.SPLIT] == \
        [("技能培训", "城市融入服务"), ("求职服务", "城市融入服务")]
    # 心理关爱服务 ends in 健康 once expanded, as 健康和托育 part 健康 does, but so do 卫生健康 and 心理健康:
    # an ending several baseline services share names none of them
    assert [a.fate for a in gx.added if a.item.service == "心理关爱服务"] == [Fate.ADDED]
    hlj = compare(lists["national"], lists["heilongjiang"], mappings=mappings)
    assert [(a.item.service, a.related.service) for a in hlj.added if a.fate is Fate.SPLIT] == \
        [("网络服务", "精神文化生活服务")]


def test_merge_by_clauses_found_only_in_the_other_item(lists, mappings):
    # guangxi split 求职服务 out of 城市融入服务; tianjin keeps its clause 为流动儿童父母提供政策咨询… in 城市融入服务
    dropped = {d.item.seq: d for d in compare(lists["guangxi"], lists["tianjin"], mappings=mappings).dropped}
    assert dropped[17].fate is Fate.MERGED and dropped[17].related.seq == 19
    assert dropped[16].fate is Fate.DROPPED  # 技能培训: tianjin has no such clause


def test_no_merge_when_the_partner_already_holds_the_clause(lists, mappings):
    # 健康管理服务's 按照国家基本公共卫生服务规范提供管理服务 is nearly item 1's own clause: dropping 8 is a drop
    national = lists["national"]
    without_8 = dataclasses.replace(national, id="without-8", items=tuple(i for i in national.items if i.seq != 8))
    c = compare(national, without_8, mappings=mappings)
    assert [(d.item.seq, d.fate) for d in c.dropped] == [(8, Fate.DROPPED)]


DEVSET = ROOT / "tests" / "fixtures" / "devset"


def _devset(name, registry, mappings):
    return load_list(str(DEVSET / name), registry, mappings)


def test_city_b_merges_written_in_its_own_words(lists, registry, mappings):
    c = compare(lists["national"], _devset("city_b.txt", registry, mappings), mappings=mappings)
    links = {x.other.seq: x.base.seq for x in c.links}
    assert links[11] == 13 and links[16] == 19 and links[1] == 1 and links[13] == 9
    merged = {d.item.seq: d.related.seq for d in c.dropped if d.fate is Fate.MERGED}
    assert merged == {14: 11, 18: 16}  # 特困 into 低保和特困供养, 精神文化生活 into 文化生活和城市融入
    dropped = [d for d in c.dropped if d.fate is Fate.DROPPED]
    assert [d.item.seq for d in dropped] == [10] and not dropped[0].uncertain
    assert {a.item.seq for a in c.added} == {17, 18}


def test_county_a_drop_is_not_traded_for_two_weak_pairs(lists, registry, mappings):
    c = compare(lists["national"], _devset("county_a.docx", registry, mappings), mappings=mappings)
    assert next(x.other.seq for x in c.links if x.base.seq == 1) == 1
    split = [(a.item.seq, a.related.seq) for a in c.added if a.fate is Fate.SPLIT]
    assert split == [(2, 1)]  # 托育服务 carved out of 健康和托育
    dropped = [(d.item.seq, d.fate, d.uncertain) for d in c.dropped]
    assert dropped == [(8, Fate.DROPPED, False)]  # 健康管理服务 (严重精神障碍患者) truly absent
    assert all(0.0 <= x.confidence <= 1.0 for x in (*c.links, *c.added, *c.dropped))


def test_every_devset_and_seed_document_is_right_held_out(mappings):
    from scripts.evaluate import documents, fit_score, grid, score

    docs = documents(mappings)
    candidates = grid()
    table = [[score(d, s, mappings) for d in docs] for s in candidates]
    for k, doc in enumerate(docs):
        best = max(range(len(candidates)), key=lambda g: sum(fit_score(table[g][m]) for m in range(len(docs)) if m != k))
        assert fit_score(table[best][k]) == 0, (doc.name, table[best][k]["notes"])


def _without(lst, seq, extra=None):
    from dataclasses import replace as _replace

    items = [it for it in lst.items if it.seq != seq] + ([extra] if extra else [])
    return _replace(lst, items=tuple(_replace(it, index=k) for k, it in enumerate(items)))


def test_a_drop_is_uncertain_only_near_a_candidate_with_evidence_of_its_own(lists, mappings):
    """A new row sharing only domain, target and department (教育帮扶服务 for 义务教育阶段流动儿童) does not
    make the drop of 义务教育服务 uncertain; a real rewording just under the threshold does."""
    from dataclasses import replace as _replace

    from polcmp.match import MatchSettings

    national = lists["national"]
    n3 = next(it for it in national.items if it.seq == 3)
    helper = _replace(n3, seq=99, service="教育帮扶服务", content="为学业困难的流动儿童提供结对帮扶服务，提高学习能力。",
                      clauses=("为学业困难的流动儿童提供结对帮扶服务，提高学习能力。",))
    c = compare(national, _without(national, 3, helper), mappings=mappings, detail=False)
    assert [(d.item.seq, d.fate, d.uncertain) for d in c.dropped] == [(3, Fate.DROPPED, False)]

    tianjin = lists["tianjin"]
    score = next(x.score for x in compare(national, tianjin, mappings=mappings, detail=False).links if x.base.seq == 4)
    tight = _replace(MatchSettings(), pair_threshold=score + 0.01, uncertain_band=0.05, sure_margin=0.5)
    # between the same two paired neighbours on both sides, its best candidate: paired by order
    c = compare(national, tianjin, mappings=mappings, settings=tight, detail=False)
    assert next(x.matched_by for x in c.links if x.base.seq == 4).value == "order"
    c = compare(national, tianjin, mappings=mappings, settings=_replace(tight, order_floor=1.1), detail=False)
    n4 = [d for d in c.dropped if d.item.seq == 4]
    assert n4 and n4[0].uncertain


def _reworded(lst, changes: dict[int, dict], extra: list | None = None):
    """The list with some rows rewritten (service, content) in place, and rows appended after a given one."""
    from dataclasses import replace as _replace

    items = []
    for it in lst.items:
        if it.seq in changes:
            ch = changes[it.seq]
            it = _replace(it, service=ch["service"], content=ch["content"], clauses=(ch["content"],))
        items.append(it)
        for after, row in extra or ():
            if after == it.seq:
                items.append(_replace(it, service=row["service"], content=row["content"], clauses=(row["content"],)))
    return _replace(lst, items=tuple(_replace(it, index=k, seq=k + 1) for k, it in enumerate(items)))


def test_a_row_split_in_other_words_where_it_sits(lists, mappings):
    """N03 given as two reworded rows in 学有所教: one pairs, the other is its split, not an addition."""
    national = lists["national"]
    enrol = {"service": "入学保障",
             "content": "持居住证即可申请入学，学位以公办校统筹为主；学杂费全免并免费发放课本；符合条件的在本市报名中考。"}
    board = {"service": "寄宿生生活补助", "content": "对家庭经济困难的义务教育寄宿生按学期发放生活补助。"}
    c = compare(national, _reworded(national, {3: enrol}, extra=[(3, board)]), mappings=mappings, detail=False)
    parts = {x.other.service for x in c.links if x.base.seq == 3} | \
        {a.item.service for a in c.added if a.fate is Fate.SPLIT and a.related.seq == 3}
    assert parts == {"入学保障", "寄宿生生活补助"} and not c.dropped


def test_a_part_named_by_the_head_of_a_joined_name(lists, mappings, tmp_path):
    """婴幼儿托育服务 is a kind of 托育 (a Chinese noun phrase ends in its head): a part of 健康和托育服务
    even when its words share little with the baseline row; once the row is found divided, a third row
    whose clauses belong to it is read as a part too (a three-way split)."""
    from polcmp.sources import load_registry

    lines = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8").splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("服务领域"))
    rows = [
        "幼有所育\t1\t0-6岁流动儿童\t儿童健康管理服务\t按照国家基本公共卫生服务规范，为辖区0-6岁流动儿童建立健康档案，"
        "开展新生儿访视、健康检查和生长发育监测。\t区卫生健康局",
        "\t2\t0-6岁流动儿童\t预防接种服务\t按照国家免疫规划疫苗免疫程序提供免费接种，为流动儿童临时建档、预约接种、查漏补种。"
        "\t区疾病预防控制中心",
        "\t3\t3岁以下流动儿童\t婴幼儿托育服务\t街道嵌入式托育点和普惠托位向流动儿童家庭同等开放，按规定享受托育补贴。\t区卫生健康局",
    ]
    rest = [line.split("\t") for line in lines[head + 2:]]
    body = ["\t".join([cells[0], str(int(cells[1]) + 2), *cells[2:]]) for cells in rest if len(cells) > 1]
    text = "\n".join(["鹭汀区流动儿童关爱服务清单", lines[head], *rows, *body]) + "\n"
    path = tmp_path / "luting.txt"
    path.write_text(text, encoding="utf-8")
    c = compare(lists["national"], load_list(str(path), load_registry(), mappings), mappings=mappings)
    parts = {a.item.seq: (a.fate, a.related.seq if a.related else None) for a in c.added}
    paired = {link.other.seq for link in c.links if link.base.seq == 1}
    assert len(paired) == 1 and {1, 2, 3} - paired == set(parts)
    assert all(fate is Fate.SPLIT and related == 1 for fate, related in parts.values())


def test_a_short_row_split_in_two_halves_that_share_little_with_it(lists, mappings, tmp_path):
    """医疗保障服务 (做好儿童医疗保障相关工作，提供异地就医直接结算服务) made two rows, 参保 and 异地就医结算:
    the 参保 half shares few of the row's weighted terms (they are mostly 异地就医结算's), but nearly all it
    shares is what its partner leaves out, so it is a part of the row, not an addition."""
    from polcmp.sources import load_registry

    text = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "\t7\t" in line and "医疗保障" in line)
    cells = row.split("\t")
    enrol = [*cells[:3], "城乡居民医保参保服务", "凭居住证可在居住地参加城乡居民医保，个人缴费和待遇与本地参保儿童相同。",
             cells[5]]
    settle = ["", "7", cells[2], "异地就医结算服务", "参保流动儿童跨省异地就医的住院费用直接结算，备案线上办理。", cells[5]]
    lines = text.replace(row, "\t".join(enrol) + "\n" + "\t".join(settle)).splitlines()
    path = tmp_path / "split7.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    c = compare(lists["national"], load_list(str(path), load_registry(), mappings), mappings=mappings)
    parts = [a for a in c.added if a.related is not None and a.related.seq == 7]
    assert [link.other.service for link in c.links if link.base.seq == 7] == ["异地就医结算服务"]
    assert [(a.item.service, a.fate) for a in parts] == [("城乡居民医保参保服务", Fate.SPLIT)]
