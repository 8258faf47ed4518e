import dataclasses

from polcmp.match import compare
from polcmp.results import Fate


def test_qingdao_drops_secondary_vocational_aid(lists, mappings):
    c = compare(lists["national"], lists["qingdao"], mappings=mappings)
    assert [(d.item.seq, d.item.service, d.fate) for d in c.dropped] == [(5, "中等职业教育助学服务", Fate.DROPPED)]


def test_splits(lists, mappings):
    gx = compare(lists["national"], lists["guangxi"], mappings=mappings)
    assert [(a.item.service, a.related.service) for a in gx.added if a.fate is Fate.SPLIT] == \
        [("求职服务", "城市融入服务")]
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
