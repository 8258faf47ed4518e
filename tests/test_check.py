import json
import shutil

import pytest

from tests.conftest import ROOT, check_golden


def test_check_tianjin_passes_with_warnings_where_the_reconstruction_outvoted_it(run):
    """天津 is one of the lists the bundled baseline was reconstructed from: where it falls below the
    reconstruction's wording, the official text may say what 天津 says, so the finding is a warning naming
    that (the contract: a list carrying every baseline service passes), and `--fail-on warning` fails it."""
    result = run("check", "tianjin")
    assert result.exit_code == 0 and "通过" in result.stdout
    assert run("check", "tianjin", "--fail-on", "warning").exit_code == 1
    findings = json.loads(run("check", "tianjin", "--format", "json").stdout)["lists"][0]["findings"]
    warnings = {(f["code"], f.get("other")) for f in findings if f["level"] == "warning"}
    # 天津 18 has nothing of the baseline's 网络视听节目 clause: not promised
    assert ("clause-dropped", 18) in warnings
    # 天津 12 drops the 12年免费教育 promise: below the baseline, and its reason quotes the lost clause
    row12 = [f for f in findings if f.get("other") == 12]
    assert any(f["code"] == "below-baseline" and "12年免费教育" in json.dumps(f, ensure_ascii=False) for f in row12)
    assert {f["code"] for f in row12 if f["level"] == "notice"} >= {"clause-unsure"}
    # below on quoted evidence (17: 符合条件的纳入 → 有条件的区, a hedge) says the reconstruction outvoted it;
    # below only because clauses were not found in the row's words (14) is a warning as before
    assert ("below-baseline", 17) in warnings and ("below-baseline-unsure", 14) in warnings
    row17 = next(f for f in findings if f["code"] == "below-baseline" and f.get("other") == 17)
    assert "有条件的区" in row17["detail"] and "未被采用" in row17["detail"]
    assert not any(f["level"] == "error" for f in findings)
    assert all(f["detail"] for f in findings if f["code"] == "below-baseline")


def test_check_qingdao_fails_with_github_annotation(run):
    result = run("check", "qingdao", "--format", "github")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    missing = [e for e in errors if "missing-service" in e]
    assert len(missing) == 1
    assert "file=" in missing[0] and "qingdao.txt" in missing[0] and "中等职业教育助学服务" in missing[0]
    # every other error is a row below the baseline, quoting its evidence (新增条件, 列举项删除 …)
    assert all("below-baseline::" in e and "：" in e.split("below the level of")[1] for e in errors if e not in missing)


def test_check_exemption_turns_error_into_notice(run, tmp_path, monkeypatch):
    mappings = tmp_path / "mappings"
    shutil.copytree(ROOT / "mappings", mappings)
    (mappings / "exemptions.toml").write_text(
        '[[exemption]]\nlist = "qingdao"\nbaseline_seq = 5\nreason = "provided by the province"\n',
        encoding="utf-8")
    monkeypatch.setenv("POLCMP_MAPPINGS", str(mappings))
    result = run("check", "qingdao", "--format", "json")
    findings = json.loads(result.stdout)["lists"][0]["findings"]
    assert not any(f["code"] == "missing-service" for f in findings)
    assert any(f["code"] == "exempt" and f["level"] == "notice" and "provided by the province" in f["message"]
               for f in findings)


def test_check_garbage_exits_2(run, tmp_path):
    path = tmp_path / "garbage.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)
    result = run("check", str(path))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_check_validation_findings(run, tmp_path):
    text = (ROOT / "sources" / "qingdao.txt").read_text(encoding="utf-8")
    text = text.replace("\t3\t", "\t2\t", 1).replace("市医保局", "市医疗救助中心")
    path = tmp_path / "edited.txt"
    path.write_text(text, encoding="utf-8")
    result = run("check", str(path), "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["lists"][0]["findings"]
    codes = {f["code"] for f in findings}
    assert {"duplicate-seq", "unknown-department", "missing-service"} <= codes
    unknown = next(f for f in findings if f["code"] == "unknown-department")
    assert "市医疗救助中心" in unknown["message"] and unknown["line"] == 13


@pytest.mark.parametrize("fmt,ext", [("text", "txt"), ("github", "txt"), ("markdown", "md"), ("json", "json")])
def test_check_formats_golden(run, fmt, ext):
    result = run("check", "qingdao", "--format", fmt)
    assert result.exit_code == 1
    text = result.stdout.replace(str(ROOT) + "/", "")
    check_golden(f"check/qingdao-{fmt}.{ext}", text)


def test_check_of_an_empty_folder_fails(run, tmp_path):
    """A CI gate handed no list (an empty folder, a glob that matched nothing) must not pass."""
    empty = tmp_path / "lists"
    empty.mkdir()
    result = run("check", str(empty))
    assert result.exit_code == 2 and "no list file to check" in result.stderr and result.stdout == ""


def test_a_mixed_row_is_below_for_its_weaker_reasons_and_above_for_its_stronger(run):
    """青岛 21 城市融入服务 drops two of the baseline's services and widens the group: the warning quotes
    only what is below, a notice what is above."""
    data = json.loads(run("check", "sources/qingdao.txt", "--format", "json").stdout)
    row = [f for c in data["lists"] for f in c["findings"] if f.get("other") == 21]
    below = next(f["detail"] for f in row if f["code"] == "below-baseline")
    above = next(f["detail"] for f in row if f["code"] == "above-baseline")
    assert "列举项删除：政策咨询" in below and "扩大" not in below
    assert above == "对象扩大：新增义务教育"


def test_below_an_official_baseline_fails_only_on_quoted_evidence(run, tmp_path):
    """Against an official baseline (not reconstructed) a marker quoted on both sides (青岛 3's 学籍
    condition) is an error; a row below only because baseline clauses were not found in its words
    (青岛 15 特困: 做好…认定供养和照料服务) is a warning a reader judges."""
    official = tmp_path / "official.txt"
    shutil.copy(ROOT / "sources" / "national.txt", official)
    result = run("check", "sources/qingdao.txt", "--baseline", str(official), "--format", "json")
    findings = json.loads(result.stdout)["lists"][0]["findings"]
    by_row = {(f["code"], f.get("other")): f["level"] for f in findings if f["code"].startswith("below-baseline")}
    assert by_row[("below-baseline", 3)] == "error"
    assert by_row[("below-baseline-unsure", 15)] == "warning" and ("below-baseline", 15) not in by_row


def _national_edited(tmp_path, name: str, *edits: tuple[str, str]):
    text = (ROOT / "sources" / "national.txt").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / f"{name}.txt"
    path.write_text(text.replace("流动儿童在居住地享有关爱服务基础清单", "江川市流动儿童在居住地享有关爱服务基础清单", 1),
                    encoding="utf-8")
    return str(path)


def test_the_gate_fails_a_list_below_the_bundled_baseline_on_quoted_evidence(run, tmp_path):
    """免除 → 减免 and an added 户籍 condition fail the check against the reconstructed baseline (exit 1,
    ❌), each finding quoting its evidence; the caveat stays on the output."""
    weakened = _national_edited(tmp_path, "weakened", ("免除学杂费", "减免学杂费"),
                                ("为符合当地住房保障条件的流动儿童家庭",
                                 "为符合当地住房保障条件、取得本市户籍的流动儿童家庭"))
    result = run("check", weakened, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["reconstructed"] is True and data["passed"] is False
    errors = {f["other"]: f["detail"] for f in data["lists"][0]["findings"] if f["level"] == "error"}
    assert "免除 → 减免" in errors[3] and "新增条件：取得本市户籍" in errors[9]  # the condition in the list's words
    markdown = run("check", weakened, "--format", "markdown")
    assert markdown.exit_code == 1 and "❌" in markdown.stdout and "✅" not in markdown.stdout
    assert "未被采用" not in markdown.stdout  # not a list the reconstruction was made from


def test_a_list_the_reconstruction_was_made_from_is_outvoted_only_against_it(run, tmp_path):
    """The same weakened text registered as 天津 (a source of the reconstruction) is warned, not failed;
    against an official baseline (no reconstructed_from) the same findings are errors."""
    weakened = _national_edited(tmp_path, "tianjin", ("免除学杂费", "减免学杂费"))
    data = json.loads(run("check", weakened, "--format", "json").stdout)
    levels = {f["level"] for f in data["lists"][0]["findings"] if f["code"] == "below-baseline"}
    assert levels == {"warning"} and data["passed"] is True
    official = tmp_path / "official.txt"
    shutil.copy(ROOT / "sources" / "national.txt", official)
    strict = run("check", weakened, "--baseline", str(official), "--format", "json")
    assert strict.exit_code == 1
    assert {f["level"] for f in json.loads(strict.stdout)["lists"][0]["findings"]
            if f["code"] == "below-baseline"} == {"error"}


def test_a_reworded_only_list_passes_and_fail_on_warning_is_stricter(run, tmp_path):
    reworded = _national_edited(
        tmp_path, "reworded",
        ("提供家庭医生签约服务、基本医疗服务、基本公共卫生服务。",
         "为流动儿童提供基本医疗服务、基本公共卫生服务和家庭医生签约服务。"),
        ("开展流动儿童城市融入支持活动", "组织流动儿童参加城市融入支持活动"))
    assert run("check", reworded).exit_code == 0
    assert run("check", reworded, "--fail-on", "warning").exit_code == 0  # notices only
    # a warning (a baseline clause not found in the row's words) passes by default and fails --fail-on warning
    unsure = _national_edited(tmp_path, "unsure", ("提供疾病治疗服务。", "做好相关工作。"))
    data = json.loads(run("check", unsure, "--format", "json").stdout)
    levels = {f["level"] for f in data["lists"][0]["findings"]}
    assert "warning" in levels and "error" not in levels
    assert run("check", unsure).exit_code == 0
    assert run("check", unsure, "--fail-on", "warning").exit_code == 1
    assert run("check", unsure, "--fail-on", "notice").exit_code == 2  # not a choice


def test_check_a_plan_naming_a_service_only_to_leave_it_to_existing_policy_quotes_it_and_still_misses_it(
        run, tmp_path):
    text = (ROOT / "sources" / "hebei.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    k = next(n for n, line in enumerate(lines) if line.startswith("(六)"))
    lines[k] += "對獲得最低生活保障金後生活仍有困難的兒童採取必要措施給予生活保障，按原有渠道執行。"
    plan = tmp_path / "河北省加强流动儿童关爱保护行动实施方案.txt"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    findings = json.loads(run("check", str(plan), "--format", "json").stdout)["lists"][0]["findings"]
    named = [f for f in findings if f["code"] == "referenced"]
    assert {f["base"] for f in named} >= {13} and all(f["level"] == "notice" for f in named)
    # the service is named, not committed to: quoted for the reader, and still missing for the gate
    assert [f["level"] for f in findings if f["code"] == "missing-service" and f["base"] == 13] == ["error"]
    data = json.loads(run("diff", "national", str(plan), "--format", "json").stdout)
    assert 13 in [r["base"] for r in data["referenced"]] and 13 not in [p["base"] for p in data["pairs"]]
    assert "按原有渠道执行" in data["referenced"][0]["text"]


def test_a_missing_service_sits_where_it_would_be_in_the_list(run):
    """青岛 lacks baseline 5 (中职助学): the error points at the row holding baseline 4, after which it
    would sit, and says so; not at the table's first row."""
    findings = json.loads(run("check", "qingdao", "--format", "json").stdout)["lists"][0]["findings"]
    missing = next(f for f in findings if f["code"] == "missing-service")
    text = (ROOT / "sources" / "qingdao.txt").read_text(encoding="utf-8").splitlines()
    assert missing["detail"] == "after" and missing["other"] == 4
    assert "普通高中" in text[missing["line"] - 1]  # the line of 青岛's row 4 (普通高中教育服务)
    assert missing["message"].endswith("缺失（应在第 4 项之后）")
    english = json.loads(run("--lang", "en", "check", "qingdao", "--format", "json").stdout)["lists"][0]["findings"]
    assert next(f for f in english if f["code"] == "missing-service")["message"].endswith("(it would sit after row 4)")


def test_every_finding_code_has_its_sentence():
    """FindingCode's values are the keys of the labels table's sentences (finding:<code>), in Chinese and
    English; a finding's code is a plain string."""
    from polcmp.render.labels import TABLE
    from polcmp.results import FindingCode, Level, Status

    vocabulary = {m.value for m in (*Status, *Level)}
    assert [c.value for c in FindingCode if f"finding:{c.value}" not in TABLE and c.value not in vocabulary] == []
