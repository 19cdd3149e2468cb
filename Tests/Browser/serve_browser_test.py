#!/usr/bin/env python3
"""`make test-browser`: drives `repsheet serve` in headless Chromium (Debian's chromium,
chromium-driver and python3-selenium) as a person would, and saves screenshots.

Usage: serve_browser_test.py REPSHEET_SERVE_BINARY SCREENSHOT_FOLDER
Prints `N passed, N failed` last; exits 1 when a check failed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/repsheet-serve")
SHOTS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(ROOT, ".build/browser")

results = []


def check(name):
    """Runs one check, recording whether it passed."""
    def wrap(function):
        try:
            function()
            results.append((name, True))
            print(f"PASS {name}")
        except Exception:  # noqa: BLE001 - every failure is reported, then the next check runs
            results.append((name, False))
            print(f"FAIL {name}")
            traceback.print_exc()
        return function
    return wrap


def wait_for(driver, condition, seconds=10, message=""):
    return WebDriverWait(driver, seconds, poll_frequency=0.05).until(lambda d: condition(d), message)


def start_server(folder):
    process = subprocess.Popen([BINARY, "--port", "0"], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.search(r"http://[^ ]+/", line)
    if not match:
        process.kill()
        raise SystemExit(f"repsheet-serve did not start: {line}{process.stderr.read()}")
    return process, match.group(0)


def browser(downloads):
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800",
                     "--hide-scrollbars"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    # The viewport itself 1280×800, whatever the window's frame takes.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    return driver


def wait_download(folder, suffix, seconds=30):
    end = time.time() + seconds
    while time.time() < end:
        done = [f for f in os.listdir(folder) if f.endswith(suffix)]
        if done and not [f for f in os.listdir(folder) if f.endswith(".crdownload")]:
            return os.path.join(folder, done[0])
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} downloaded into {folder}: {os.listdir(folder)}")


def page_words(driver):
    # One script call: the page replaces these elements after every preview.
    return driver.execute_script(
        "return [...document.querySelectorAll('#page-words .page-text')].map((e) => e.textContent).join(' ')")


def set_yaml(driver, text):
    """Replaces the YAML as typing would, firing the editor's input event."""
    driver.execute_script(
        "const t = document.getElementById('yaml'); t.value = arguments[0]; t.dispatchEvent(new Event('input'));", text)


def main():
    os.makedirs(SHOTS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="repsheet-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    server, address = start_server(work)
    driver = browser(downloads)
    try:
        driver.get(address)
        wait_for(driver, lambda d: d.execute_script("return document.body.dataset.ready === 'true'"), 20, "page not ready")

        @check("picker: two exercises added are in the YAML and in the preview")
        def _():
            search = driver.find_element(By.ID, "picker-search")
            for word, exercise in [("bridge", "bridge"), ("cat", "cat-cow")]:
                search.clear()
                search.send_keys(word)
                wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, f'button.add-exercise[data-id="{exercise}"]'))
                driver.find_element(By.CSS_SELECTOR, f'button.add-exercise[data-id="{exercise}"]').click()
            yaml = driver.find_element(By.ID, "yaml").get_attribute("value")
            assert "exercise: bridge" in yaml and "exercise: cat-cow" in yaml, yaml
            wait_for(driver, lambda d: "Bridge" in page_words(d) and "Cat" in page_words(d), 10, "preview words")
            wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#pages img.page"))
            width = driver.execute_script("return document.querySelector('#pages img.page').naturalWidth")
            assert width > 100, width
            driver.save_screenshot(os.path.join(SHOTS, "picker.png"))

        good_yaml = ""

        @check("an error typed into the YAML shows its line within 1 s; fixing it clears it and updates the preview")
        def _():
            nonlocal good_yaml
            good_yaml = driver.find_element(By.ID, "yaml").get_attribute("value")
            lines = good_yaml.split("\n")
            line_number = next(i for i, line in enumerate(lines) if "exercise: cat-cow" in line) + 1
            bad = lines[:]
            bad.insert(line_number, "        reps: 900")
            before = driver.execute_script("return document.querySelector('#pages img.page').src")
            started = time.time()
            set_yaml(driver, "\n".join(bad))
            wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagnostics li.error"), 1.0, "no diagnostic within 1 s")
            elapsed = time.time() - started
            item = driver.find_element(By.CSS_SELECTOR, "#diagnostics li.error")
            assert item.get_attribute("data-line") == str(line_number + 1), (item.get_attribute("data-line"), item.text)
            assert "reps" in item.text, item.text
            assert driver.execute_script("return document.querySelector('#pages img.page').src") == before, "kept the last good preview"
            item.find_element(By.TAG_NAME, "button").click()
            caret_line = driver.execute_script(
                "const t = document.getElementById('yaml'); return t.value.slice(0, t.selectionStart).split('\\n').length")
            assert caret_line == line_number + 1, caret_line
            driver.save_screenshot(os.path.join(SHOTS, "diagnostic.png"))
            print(f"  diagnostic shown {elapsed * 1000:.0f} ms after typing")
            fixed = bad[:]
            fixed[line_number] = "        reps: 12"
            set_yaml(driver, "\n".join(fixed))
            wait_for(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "#diagnostics li.error"), 2, "diagnostic stayed")
            wait_for(driver, lambda d: "12 reps" in page_words(d), 3, "preview not updated")
            assert driver.execute_script("return document.querySelector('#pages img.page').src") != before

        @check("YAML edits reach the form, form edits reach the YAML")
        def _():
            title = driver.find_element(By.CSS_SELECTOR, "#routine-form input[name=title]")
            text = driver.find_element(By.ID, "yaml").get_attribute("value")
            set_yaml(driver, re.sub(r"^title: .*$", "title: Hip and back", text, flags=re.M))
            wait_for(driver, lambda d: title.get_attribute("value") == "Hip and back", 3, "form title")
            client = driver.find_element(By.CSS_SELECTOR, "#routine-form input[name=client]")
            client.clear()
            client.send_keys("Sam Lee")
            wait_for(driver, lambda d: "client: Sam Lee" in d.find_element(By.ID, "yaml").get_attribute("value"), 3, "yaml client")
            wait_for(driver, lambda d: "Sam Lee" in page_words(d), 3, "preview client")

        @check("Download PDF: its text holds both steps, one page")
        def _():
            driver.find_element(By.ID, "download-pdf").click()
            pdf = wait_download(downloads, ".pdf")
            text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
            assert "Bridge" in text and "Cat" in text and "Sam Lee" in text, text
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
            pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
            assert pages == 1, info
            os.remove(pdf)

        @check("a 3-client CSV gives a ZIP of 3 PDFs, with a progress bar")
        def _():
            csv = os.path.join(work, "clients.csv")
            with open(csv, "w") as handle:
                handle.write("name,date\nJane Doe,2026-12-01\nMarcus Lee,2026-12-01\nAiko Tanaka,2026-12-03\n")
            driver.find_element(By.ID, "clients-heading").click()
            driver.find_element(By.ID, "clients-file").send_keys(csv)
            driver.find_element(By.ID, "clients-go").click()
            archive = wait_download(downloads, ".zip", 60)
            with zipfile.ZipFile(archive) as zipped:
                names = sorted(zipped.namelist())
                assert names == ["aiko-tanaka.pdf", "jane-doe.pdf", "marcus-lee.pdf"], names
                for name in names:
                    assert zipped.read(name).startswith(b"%PDF-"), name
            progress = driver.find_element(By.ID, "clients-progress")
            assert progress.get_attribute("value") == progress.get_attribute("max") == "3", progress.get_attribute("value")
            driver.save_screenshot(os.path.join(SHOTS, "clients.png"))

        @check("keyboard: every control can be reached and has a label")
        def _():
            unlabeled = driver.execute_script("""
                return [...document.querySelectorAll('input, select, textarea, button')].filter((e) => {
                  if (e.type === 'hidden') return false;
                  const name = e.getAttribute('aria-label') || (e.labels && e.labels.length && e.labels[0].textContent.trim())
                    || (e.tagName === 'BUTTON' && e.textContent.trim());
                  return !name;
                }).map((e) => e.outerHTML.slice(0, 80));""")
            assert unlabeled == [], unlabeled
            body = driver.find_element(By.TAG_NAME, "body")
            seen = set()
            for _ in range(12):
                body.send_keys(Keys.TAB) if not seen else driver.switch_to.active_element.send_keys(Keys.TAB)
                seen.add(driver.switch_to.active_element.get_attribute("id") or driver.switch_to.active_element.tag_name)
            assert {"page-size", "download-pdf", "picker-search"} <= seen, seen

        @check("screenshot of the back-stretches example at 1280x800 (docs/serve.png)")
        def _():
            driver.get(address + "?example=back-stretches")
            wait_for(driver, lambda d: d.execute_script("return document.body.dataset.ready === 'true'"), 20)
            wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#pages img.page")) == 2, 10)
            time.sleep(0.3)
            driver.save_screenshot(os.path.join(SHOTS, "serve.png"))

        @check("tablet width (800 px): no sideways scrolling")
        def _():
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 800, "height": 1100, "deviceScaleFactor": 1, "mobile": False})
            time.sleep(0.3)
            overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, overflow
            driver.save_screenshot(os.path.join(SHOTS, "tablet.png"))
    finally:
        driver.quit()
        server.terminate()
        server.wait(10)
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print(f"screenshots: {SHOTS}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
