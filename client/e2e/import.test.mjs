// Importing Instagram's data download from a phone: the ZIP as Instagram sends it, loose files that need the owner
// named, and a file that is no archive at all. People and dates are made up, in the archive's shapes.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import JSZip from "jszip";
import { startWithBrowser } from "./product.mjs";

let product;
let browser;
let page;

before(async () => {
  ({ product, browser, page } = await startWithBrowser());
  await page.setViewportSize({ width: 375, height: 800 });
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

const entry = (username, i) => ({
  title: "",
  media_list_data: [],
  string_list_data: [{ href: `https://www.instagram.com/${username}`, value: username, timestamp: 1741944360 + i * 60 }],
});
const followersJson = (...names) => JSON.stringify(names.map(entry));
const followingJson = (...names) =>
  JSON.stringify({
    relationships_following: names.map((u, i) => ({
      title: u,
      string_list_data: [{ href: `https://www.instagram.com/_u/${u}`, timestamp: 1741944360 + i * 60 }],
    })),
  });

async function openImport() {
  await page.goto("/accounts/");
  await page.getByRole("button", { name: "Import from Instagram" }).click();
  return page.getByRole("dialog", { name: "Import from Instagram" });
}

describe("importing the data download at 375 px", { concurrency: false }, () => {
  test("the ZIP imports its owner's lists and leads to the account", async () => {
    const zip = new JSZip();
    zip.file("connections/followers_and_following/followers_1.json", followersJson("ivy.north", "jon_west", "kay.south"));
    zip.file("connections/followers_and_following/following.json", followingJson("ivy.north", "lee.east"));
    const dialog = await openImport();
    await dialog.getByLabel("Archive file").setInputFiles({
      name: "instagram-arch.owner-2026-11-20-Ab12Cd.zip",
      mimeType: "application/zip",
      buffer: await zip.generateAsync({ type: "nodebuffer" }),
    });
    await dialog.getByRole("button", { name: "Import" }).click();

    const summary = dialog.getByTestId("import-summary");
    await summary.waitFor();
    assert.match(await summary.innerText(), /Followers\s*3/);
    assert.match(await summary.innerText(), /Following\s*2/);
    assert.match(await summary.innerText(), /Not matched yet\s*4/);
    await summary.getByRole("link", { name: "Open @arch.owner" }).click();
    await page.waitForURL(/\/accounts\/view\/\?u=arch\.owner/);
    await page.getByText("jon_west").first().waitFor();
  });

  test("loose files ask whose archive they are", async () => {
    const dialog = await openImport();
    await dialog.getByLabel("Archive file").setInputFiles([
      { name: "followers_1.json", mimeType: "application/json", buffer: Buffer.from(followersJson("max.hill")) },
      { name: "following.json", mimeType: "application/json", buffer: Buffer.from(followingJson("ned.vale")) },
    ]);
    await dialog.getByRole("button", { name: "Import" }).click();
    await dialog.getByRole("alert").getByText(/which account/).waitFor();
    await dialog.getByLabel("Whose archive is this?").fill("@loose.owner");
    await dialog.getByRole("button", { name: "Import" }).click();
    await dialog.getByTestId("import-summary").getByText(/loose\.owner/).first().waitFor();
  });

  test("a file that is no archive is refused by name", async () => {
    const dialog = await openImport();
    await dialog.getByLabel("Archive file").setInputFiles({ name: "holiday.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not a zip") });
    await dialog.getByRole("button", { name: "Import" }).click();
    await dialog.getByRole("alert").getByText(/holiday\.jpg is neither a ZIP/).waitFor();
  });
});
