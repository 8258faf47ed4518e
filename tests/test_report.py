"""The HTML report: rendered text is escaped, and the page works in a real browser (headless Chromium)."""

from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
REGIONS = ["tianjin", "guangxi", "heilongjiang", "qingdao", "hebei"]


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    from typer.testing import CliRunner

    from polcmp.cli import app

    path = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", "--baseline", "national", "-o", str(path)])
    assert result.exit_code == 0, result.stderr
    return path


def test_report_is_self_contained(report_file):
    html = report_file.read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert html.count('class="service-row"') == 19
    assert html.count('class="region-head"') == len(REGIONS)
    assert 'name="generator" content="polcmp' in html
    for sid in REGIONS:
        assert f'id="region-{sid}"' in html and f'href="#region-{sid}"' in html
    assert "<del>" in html and "<ins>" in html and "@media print" in html and "@media (max-width" in html


def test_plan_section_shows_every_measure_with_its_score(report_file):
    plan = report_file.read_text(encoding="utf-8").split('id="region-hebei"')[1]
    row = plan.split('data-label="序号">11</td>')[1].split("</tr>")[0]  # 残疾儿童康复救助及残疾人两项补贴: measures 6 and 5
    assert '（6）<span class="muted">0.58</span><br>（5）' in row
    assert "残疾人两项补贴</mark>" in row and '<p class="muted">（5）' in row


def test_list_text_is_escaped(run, tmp_path):
    text = (ROOT / "sources" / "qingdao.txt").read_text(encoding="utf-8")
    text = text.replace("发放临时救助金，提供转介服务。", "发放临时救助金<script>alert(1)</script>，提供转介服务。")
    source = tmp_path / "evil.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "evil.html"
    assert run("report", str(source), "-o", str(out)).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert（1）&lt;/script&gt;" in html  # shown as text (brackets normalised)


def test_report_does_not_overwrite_a_foreign_file(run, tmp_path):
    mine = tmp_path / "notes.html"
    mine.write_text("<html>my own notes</html>", encoding="utf-8")
    result = run("report", "qingdao", "-o", str(mine))
    assert result.exit_code == 2 and "is not a polcmp report" in result.stderr
    assert mine.read_text(encoding="utf-8") == "<html>my own notes</html>"
    assert run("report", "qingdao", "-o", str(mine), "--force").exit_code == 0
    assert "polcmp" in mine.read_text(encoding="utf-8")


@pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                    reason="Debian chromium and chromium-driver are not installed (.ci/run installs them)")
def test_report_in_headless_chromium(report_file, tmp_path):
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1100,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.get(report_file.as_uri())
        heads = driver.find_elements(By.CSS_SELECTOR, "table.matrix thead th.region-head")
        assert len(heads) == len(REGIONS)
        assert len(driver.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr.service-row")) == 19
        row5 = driver.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr.service-row")[4]
        assert "中等职业教育助学服务" in row5.text
        qingdao_cell = row5.find_elements(By.CSS_SELECTOR, "td.cell")[REGIONS.index("qingdao")]
        assert "missing" in qingdao_cell.get_attribute("class")

        assert driver.execute_script("return window.scrollY") == 0
        driver.find_element(By.CSS_SELECTOR, 'a[href="#region-qingdao"]').click()
        top = driver.execute_script("return document.getElementById('region-qingdao').getBoundingClientRect().top")
        assert driver.execute_script("return window.scrollY") > 0 and abs(top) < 5
        section = driver.find_element(By.ID, "region-qingdao")
        dropped = section.find_elements(By.CSS_SELECTOR, "li.dropped-item")
        assert [d.text.split("\n")[0] for d in dropped] == ["5 中等职业教育助学服务"]
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text  # noqa: B018 - no script ran

        driver.execute_script("window.scrollTo(0, 0)")
        shot = ROOT / "build" / "report-screenshot.png"
        shot.parent.mkdir(exist_ok=True)
        assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 10000

        # a below-baseline mark has a colour of its own, not the colour of the cell's state
        below = driver.find_element(By.CSS_SELECTOR, "td.cell.reworded span.lv.weaker")
        assert below.value_of_css_property("color") != below.find_element(By.XPATH, "..").value_of_css_property("color")

        # on a phone (390 px): the page does not scroll sideways, the matrix scrolls inside its box and
        # its first column (the service) stays in view
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
        width = driver.execute_script("return window.innerWidth")
        assert width == 390
        assert driver.execute_script("return document.documentElement.scrollWidth") <= width + 1
        box = driver.find_element(By.CSS_SELECTOR, "#matrix .scroll")
        assert driver.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", box)
        driver.execute_script("arguments[0].scrollLeft = 200", box)
        head = driver.find_element(By.CSS_SELECTOR, "table.matrix tbody th.row-head")
        left = driver.execute_script("return arguments[0].getBoundingClientRect().left", head)
        assert 0 <= left <= 20
        phone = ROOT / "build" / "report-390.png"
        assert driver.save_screenshot(str(phone))
    finally:
        driver.quit()
