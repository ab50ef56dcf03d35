import { registry } from "@web/core/registry";
import { rpc } from "@web/core/network/rpc";

/** Drop real files on the page the way a browser does (a DataTransfer on a
 * drop event), so that the drag-and-drop code itself is exercised. */
function dropFiles(files) {
    const transfer = new DataTransfer();
    for (const [name, content, type] of files) {
        transfer.items.add(new File([content], name, { type }));
    }
    const target = document.querySelector(".o_heymilo_dropzone");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

/** The bytes of an attachment the test made (a real ZIP, a Word file). */
async function attachmentBytes(name) {
    const response = await fetch("/web/dataset/call_kw/ir.attachment/search_read", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
            jsonrpc: "2.0",
            method: "call",
            params: {
                model: "ir.attachment",
                method: "search_read",
                args: [[["name", "=", name]], ["datas"]],
                kwargs: {},
            },
        }),
    });
    const { result } = await response.json();
    return Uint8Array.from(atob(result[0].datas), (c) => c.charCodeAt(0));
}

/** A shortcut as the keyboard sends it (Odoo's hotkeys listen on keydown). */
function pressAlt(key) {
    document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key, altKey: true, bubbles: true }));
}

function fail(message) {
    throw new Error(message);
}

/** Elements side by side: every one overlaps the others' band (no wrap). */
function oneRow(selector) {
    const boxes = [...document.querySelectorAll(selector)]
        .filter((el) => el.offsetParent)
        .map((el) => el.getBoundingClientRect());
    if (boxes.length && Math.max(...boxes.map((b) => b.top)) >= Math.min(...boxes.map((b) => b.bottom))) {
        fail(`${selector} wraps onto a second line`);
    }
}

/** Elements stacked: each on its own line. */
function ownLines(selector) {
    const tops = [...document.querySelectorAll(selector)].map((el) => Math.round(el.getBoundingClientRect().top));
    if (new Set(tops).size !== tops.length) {
        fail(`${selector} run together on one line`);
    }
}

/** Wait until check() holds (what the user waits for), or fail after 10 s. */
async function waitUntil(check, what) {
    for (let i = 0; i < 100 && !check(); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!check()) {
        fail(`Waited in vain for ${what}`);
    }
}

/** The review screen highlights exactly the fields extraction is unsure of
 * (confidence below 0.6, as read from the server); returns how many. */
async function checkHighlights() {
    const id = await reviewedId();
    const names = ["name", "email", "phone", "linkedin_url"];
    const [confidence] = await rpc("/web/dataset/call_kw/heymilo.ingestion.profile/read", {
        model: "heymilo.ingestion.profile",
        method: "read",
        args: [[id], names.map((n) => `${n.replace("_url", "")}_confidence`)],
        kwargs: {},
    });
    let low = 0;
    for (const name of names) {
        const score = confidence[`${name.replace("_url", "")}_confidence`];
        const marked = document.querySelector(`.o_heymilo_review input[name='${name}']`).classList.contains("o_heymilo_low_confidence");
        if (marked !== score < 0.6) {
            fail(`${name} (confidence ${score}) is ${marked ? "" : "not "}highlighted`);
        }
        low += marked;
    }
    return low;
}

/** The id of the profile on the review screen (its e-mail is unique in the tour). */
async function reviewedId() {
    const email = document.querySelector(".o_heymilo_review input[name='email']").value;
    const ids = await rpc("/web/dataset/call_kw/heymilo.ingestion.profile/search", {
        model: "heymilo.ingestion.profile",
        method: "search",
        args: [[["email", "=", email]]],
        kwargs: {},
    });
    return ids[0];
}

const ELEVEN = Array.from({ length: 11 }, (_, i) => `n${String(i + 1).padStart(2, "0")}.csv`);
const CSV = "Full Name,E-mail,Mobile\nTess Tour,tess.tour@example.com,+44 20 7946 0555\nTim Tour,tim.tour@example.com,\n";

registry.category("web_tour.tours").add("heymilo_ingestion_tour", {
    steps: () => [
        {
            content: "The posting's kanban card leads to its ingestion page",
            trigger: ".o_kanban_record:contains('Tour Engineer') .o_heymilo_kanban_ingestion a",
            run: "click",
        },
        {
            content: "The new gateway key is shown once, in the page, not over the statistics",
            trigger: ".o_heymilo_new_key:contains('hmk_')",
            run() {
                const banner = document.querySelector(".o_heymilo_new_key").getBoundingClientRect();
                const stats = document.querySelector(".o_heymilo_stats").getBoundingClientRect();
                if (banner.bottom > stats.top) {
                    fail("The API key banner overlaps the statistics");
                }
                if (document.querySelector(".o_notification")) {
                    fail("A notification covers the page on arrival");
                }
            },
        },
        {
            content: "Dismiss the key banner",
            trigger: ".o_heymilo_new_key .btn-close",
            run: "click",
        },
        {
            content: "The empty-page help is rendered, not shown as raw HTML",
            trigger: ".o_view_nocontent .o_view_nocontent_smiling_face",
            run() {
                if (document.querySelector(".o_view_nocontent").textContent.includes("<p")) {
                    fail("The empty-page help shows raw HTML");
                }
            },
        },
        {
            content: "Drop eleven CSV files, one more than an upload takes",
            trigger: ".o_heymilo_stats:contains('Total profiles extracted')",
            run() {
                dropFiles(ELEVEN.map((name) => [name, "Full Name,E-mail\nNo One,no.one@example.com\n", "text/csv"]));
            },
        },
        {
            content: "The eleventh is refused for the count",
            trigger: ".o_heymilo_refused:contains('n11.csv'):contains('more than 10 files')",
        },
        {
            content: "Remove another one",
            trigger: ".o_heymilo_accepted:contains('n01.csv') .o_heymilo_remove",
            run: "click",
        },
        {
            content: "The eleventh is ready now: the count is evaluated again",
            trigger: ".o_heymilo_pending:not(:has(.o_heymilo_refused)) .o_heymilo_accepted:contains('n11.csv'):contains('Ready')",
        },
        {
            content: "Clear all (nothing sent)",
            trigger: ".o_heymilo_clear",
            run: "click",
        },
        {
            content: "Drop a CSV, a damaged PDF, a GIF picture, a macro-enabled Word file renamed .pdf and a ZIP",
            trigger: "body:not(:has(.o_heymilo_pending)) .o_heymilo_stats:contains('Total profiles extracted')",
            async run() {
                const word = await attachmentBytes("tour-word.docx");
                const zip = await attachmentBytes("tour-batch.zip");
                dropFiles([
                    ["tour.csv", CSV, "text/csv"],
                    ["broken.pdf", "%PDF-1.4\n%not really a pdf", "application/pdf"],
                    ["photo.gif", "GIF89a\x00\x00\x00\x00", "image/gif"],
                    ["letter.pdf", word, "application/pdf"],
                    ["batch.zip", zip, "application/zip"],
                ]);
            },
        },
        {
            content: "The picture is refused with its reason before anything is sent",
            trigger: ".o_heymilo_refused:contains('photo.gif'):contains('GIF image')",
        },
        {
            content: "The Word file is detected by its content as the server does, whatever its name",
            trigger: ".o_heymilo_refused:contains('letter.pdf'):contains('Word document')",
        },
        {
            content: "The ZIP is ready, its size in human units",
            trigger: ".o_heymilo_accepted:contains('batch.zip'):contains('ZIP'):contains('Ready'):contains(' B')",
        },
        {
            content: "Remove the picture: the Word file stays refused, the rest ready",
            trigger: ".o_heymilo_refused:contains('photo.gif') .o_heymilo_remove",
            run: "click",
        },
        {
            content: "Before the click the page says what ingestion will do",
            trigger: ".o_heymilo_preview:contains('with an e-mail or a phone'):contains('becomes an applicant')",
        },
        {
            content: "Upload only (review before ingestion)",
            trigger: ".o_heymilo_pending:not(:contains('photo.gif')) .o_heymilo_upload_only:enabled",
            run: "click",
        },
        {
            content: "The page waits for the upload to be processed and says how it went",
            trigger: ".o_notification:contains('Upload processed'):contains('succeeded'):contains('profiles')",
        },
        {
            content: "The refused file is still listed with its reason, not dropped silently",
            trigger: ".o_heymilo_refused:contains('letter.pdf')",
        },
        {
            content: "Clear all",
            trigger: ".o_heymilo_clear",
            run: "click",
        },
        {
            content: "The OCR flag is no column of its own (it is in the column menu)",
            trigger: ".o_list_table thead th[data-name='name']",
            run() {
                if (document.querySelector(".o_list_table thead th[data-name='ocr_used']")) {
                    fail("The documents list shows a Read with OCR column");
                }
            },
        },
        {
            content: "The CSV reaches Success",
            trigger: "body:not(:has(.o_heymilo_pending)) .o_data_row:contains('tour.csv') .badge:contains('Success')",
        },
        {
            content: "The damaged PDF reaches Failed, with its reason, and no Retry that cannot help",
            trigger:
                ".o_data_row:contains('broken.pdf'):contains('damaged'):not(:has(button[name='action_retry'])) .badge:contains('Failed')",
        },
        {
            content: "The ZIP whose member failed is partly failed, not a green Success",
            trigger: ".o_data_row:contains('batch.zip'):contains('1 of 2 members failed') .badge:contains('Partly Failed')",
        },
        {
            content: "Statistics follow",
            trigger: ".o_heymilo_stat:contains('Total profiles extracted') .o_heymilo_stat_value:contains('3')",
        },
        {
            content: "Most frequent failures: one reason per line",
            trigger: ".o_heymilo_errors .o_heymilo_error_line:contains('Damaged file')",
            run() {
                ownLines(".o_heymilo_errors > *");
            },
        },
        {
            content: "At 1440 px: one toolbar row, file names whole, the status note bounded, sizes in B / KB",
            trigger: ".o_data_row:contains('batch.zip') td[name='file_size']",
            run() {
                oneRow(".o_control_panel_main > *");
                oneRow(".o_heymilo_page_size, .o_heymilo_open_profiles");
                for (const cell of document.querySelectorAll(".o_data_row td[name='name']")) {
                    if (cell.scrollWidth > cell.clientWidth + 1) {
                        fail(`The file name ${cell.textContent} is cut`);
                    }
                }
                const table = document.querySelector(".o_list_table").getBoundingClientRect().width;
                const note = document.querySelector("thead th[data-name='status_note']").getBoundingClientRect().width;
                if (note > table / 3) {
                    fail(`The status note takes ${Math.round((100 * note) / table)} % of the list`);
                }
                const header = document.querySelector("thead th[data-name='file_size']").textContent.trim();
                if (header !== "Size") {
                    fail(`The size column is headed "${header}"`);
                }
                for (const cell of document.querySelectorAll(".o_data_row td[name='file_size']")) {
                    if (!/^\d+(\.\d)? (B|KB|MB)$/.test(cell.textContent.trim())) {
                        fail(`A size reads "${cell.textContent.trim()}", not B / KB / MB`);
                    }
                }
            },
        },
        {
            content: "Search a candidate who is inside the ZIP",
            trigger: ".o_searchview_input",
            run: "edit Zed Zip",
        },
        {
            content: "Search by candidate",
            trigger: ".o_searchview_autocomplete .o_menu_item:contains('Candidate')",
            run: "click",
        },
        {
            content: "The archive is found, and only it",
            trigger: ".o_list_table:not(:has(.o_data_row:contains('tour.csv'))) .o_data_row:contains('batch.zip')",
            run() {
                if (document.querySelectorAll(".o_data_row").length !== 1) {
                    fail("The search by candidate should find the archive only");
                }
            },
        },
        {
            content: "Open the archive",
            trigger: ".o_data_row:contains('batch.zip') td[name='name']",
            run: "click",
        },
        {
            content: "Its Profiles tab shows its members' profiles",
            trigger: ".o_form_view div[name='all_profile_ids'] .o_data_row:contains('Zed Zip')",
        },
        {
            content: "Back to the page",
            trigger: ".o_breadcrumb .breadcrumb-item a:contains('Candidate Ingestion')",
            run: "click",
        },
        {
            content: "Clear the search",
            trigger: ".o_searchview_facet:contains('Zed Zip')",
            run: "hover && click .o_searchview_facet:contains('Zed Zip') .o_facet_remove",
        },
        {
            content: "All documents are listed again",
            trigger: "body:not(:has(.o_searchview_facet)) .o_data_row:contains('tour.csv')",
        },
        {
            content: "Search a candidate who is in no file",
            trigger: ".o_searchview_input",
            run: "edit Nobody Anywhere",
        },
        {
            content: "Search by candidate",
            trigger: ".o_searchview_autocomplete .o_menu_item:contains('Candidate')",
            run: "click",
        },
        {
            content: "The empty page says that nothing matches, and that archives were searched too",
            trigger: ".o_view_nocontent:contains('none matches the search'):contains('inside archives too')",
            run() {
                if (document.querySelector(".o_view_nocontent").textContent.includes("<p")) {
                    fail("The empty-page help shows raw HTML");
                }
            },
        },
        {
            content: "Clear the search",
            trigger: ".o_searchview_facet:contains('Nobody Anywhere')",
            run: "hover && click .o_searchview_facet:contains('Nobody Anywhere') .o_facet_remove",
        },
        {
            content: "All documents are listed again",
            trigger: "body:not(:has(.o_searchview_facet)) .o_data_row:contains('tour.csv')",
        },
        {
            content: "Show five results per page",
            trigger: ".o_heymilo_page_size button:contains('5')",
            run: "click",
        },
        {
            content: "The list now pages by five",
            trigger: ".o_heymilo_page_size .btn-primary:contains('5')",
        },
        {
            content: "Open the profiles",
            trigger: ".o_heymilo_open_profiles",
            run: "click",
        },
        {
            content: "Expand the CSV document: its profiles",
            trigger: ".o_group_header:contains('tour.csv')",
            run: "click",
        },
        {
            content: "Select all profiles",
            trigger: ".o_data_row:contains('Tess Tour')",
            run() {
                document.querySelector(".o_list_table thead .o_list_record_selector input").click();
            },
        },
        {
            content: "Open the actions",
            trigger: ".o_cp_action_menus button:has(.fa-cog)",
            run: "click",
        },
        {
            content: "One export only in the actions, and one delete",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Ingest Selected')",
            run() {
                const labels = [...document.querySelectorAll(".o-dropdown--menu .o-dropdown-item")].map((e) =>
                    e.textContent.trim()
                );
                if (labels.includes("Export") || labels.includes("Delete")) {
                    fail(`Duplicate actions in the menu: ${labels.join(", ")}`);
                }
            },
        },
        {
            content: "Ingest the selected profiles",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Ingest Selected')",
            run: "click",
        },
        {
            content: "Ingest says what became of them",
            trigger: ".o_notification:contains('2 ingested')",
        },
        {
            content: "They are ingested",
            trigger: ".o_data_row:contains('Tess Tour') .badge:contains('Ingested')",
        },
        {
            content: "Select all again",
            trigger: ".o_data_row:contains('Tim Tour') .badge:contains('Ingested')",
            run() {
                document.querySelector(".o_list_table thead .o_list_record_selector input").click();
            },
        },
        {
            content: "Open the actions",
            trigger: ".o_cp_action_menus button:has(.fa-cog)",
            run: "click",
        },
        {
            content: "Export them to CSV",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Export CSV')",
            run: "click",
        },
        {
            content: "The page is still there after the download",
            trigger: ".o_data_row:contains('Tim Tour')",
        },
        {
            content: "Clear the selection (the search bar comes back)",
            trigger: ".o_list_selection_box",
            run() {
                document.querySelector(".o_list_table thead .o_list_record_selector input").click();
            },
        },
        {
            content: "Ungroup the profiles",
            trigger: ".o_searchview_facet:contains('Document')",
            run: "hover && click .o_searchview_facet:contains('Document') .o_facet_remove",
        },
        {
            content: "A flat list of the three profiles, the archive member traced to its archive",
            trigger: ".o_data_row:contains('Zed Zip'):contains('batch.zip')",
        },
        {
            content: "Review Tess's profile",
            trigger: ".o_data_row:contains('Tess Tour') button[name='action_view_details']",
            run: "click",
        },
        {
            content: "The review screen: the batch's profiles, Tess's fields editable beside the source",
            trigger: ".o_heymilo_review .o_heymilo_review_position:contains('/ 3')",
            run() {
                const name = document.querySelector(".o_heymilo_review input[name='name']");
                if (name.value !== "Tess Tour") {
                    fail(`The review screen opened on ${name.value}, not Tess Tour`);
                }
                if (!document.querySelector(".o_heymilo_review_source pre")) {
                    fail("A CSV row shows its text beside the fields");
                }
            },
        },
        {
            content: "Correct the headline",
            trigger: ".o_heymilo_review input[name='headline']",
            run() {
                this.anchor.value = "Tour Guide";
                this.anchor.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            content: "Next profile",
            trigger: ".o_heymilo_review_next:enabled",
            run: "click",
        },
        {
            content: "Another profile is shown",
            trigger: ".o_heymilo_review_prev:enabled",
            run: "click",
        },
        {
            content: "Back on Tess, the correction was saved",
            trigger: ".o_heymilo_review input[name='name']:value('Tess Tour')",
            run() {
                const headline = document.querySelector(".o_heymilo_review input[name='headline']");
                if (this.anchor.value !== "Tess Tour" || headline.value !== "Tour Guide") {
                    fail(`Expected Tess's corrected headline, got ${this.anchor.value} / ${headline.value}`);
                }
            },
        },
        {
            content: "Alt+N: the next profile, from the keyboard",
            trigger: ".o_heymilo_review input[name='name']:value('Tess Tour')",
            run() {
                pressAlt("n");
            },
        },
        {
            content: "Alt+P: back to Tess",
            trigger: ".o_heymilo_review input[name='name']:not(:value('Tess Tour'))",
            run() {
                pressAlt("p");
            },
        },
        {
            content: "Back on Tess from the keyboard",
            trigger: ".o_heymilo_review input[name='name']:value('Tess Tour')",
        },
        {
            content: "Alt+S skips through the batch to Zed, the fields extraction is unsure of highlighted",
            trigger: ".o_heymilo_review .o_heymilo_review_position:contains('1 / 3')",
            async run() {
                let low = await checkHighlights();
                for (let position = 2; position <= 3; position++) {
                    pressAlt("s");
                    await waitUntil(
                        () => document.querySelector(".o_heymilo_review_position").textContent.includes(`${position} / 3`),
                        `Alt+S to profile ${position}`
                    );
                    await waitUntil(() => document.querySelector(".o_heymilo_review input[name='email']").value, "the fields");
                    low += await checkHighlights();
                    if (document.querySelector(".o_heymilo_review input[name='name']").value === "Zed Zip") {
                        break;
                    }
                }
                if (!low) {
                    fail("No field of the batch is highlighted (Tim has no phone: nothing sure there)");
                }
            },
        },
        {
            content: "Alt+I ingests Zed, not yet ingested, from the keyboard",
            trigger: ".o_heymilo_review input[name='name']:value('Zed Zip')",
            run() {
                if (!document.querySelector(".o_heymilo_review_ingest:enabled")) {
                    fail("Zed should be ready to ingest");
                }
                pressAlt("i");
            },
        },
        {
            content: "Zed is queued for ingestion",
            trigger: ".o_notification:contains('Zed Zip queued for ingestion')",
        },
        {
            content: "Back to the profiles",
            trigger: ".o_heymilo_review_back",
            run: "click",
        },
        {
            content: "Show one profile per page",
            trigger: ".o_pager_value:contains('1-3')",
            run: "click",
        },
        {
            content: "One per page",
            trigger: "input.o_pager_value",
            run: "edit 1-1 && click body",
        },
        {
            content: "Select the page (one profile of three)",
            trigger: ".o_pager_value:not(:contains('-')):contains('1')",
            run() {
                document.querySelector(".o_list_table thead .o_list_record_selector input").click();
            },
        },
        {
            content: "Select all profiles matching the search, beyond the page",
            trigger: ".o_list_select_domain",
            run: "click",
        },
        {
            content: "Open the actions",
            trigger: ".o_list_selection_box:contains('All')",
            run() {
                document.querySelector(".o_cp_action_menus button:has(.fa-cog)").click();
            },
        },
        {
            content: "Delete them all",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Delete Profiles')",
            run: "click",
        },
        {
            content: "A confirmation with the count, saying what happens to the applicants",
            trigger: ".modal .o_heymilo_delete_summary:contains('Delete 3 extracted profile(s)'):contains('3 of them were ingested')",
        },
        {
            content: "Confirm",
            trigger: ".modal .o_heymilo_confirm_delete",
            run: "click",
        },
        {
            content: "Nothing is left",
            trigger: "body:not(:has(.modal)) .o_view_nocontent, body:not(:has(.modal)) .o_list_table:not(:has(.o_data_row))",
        },
    ],
});

registry.category("web_tour.tours").add("heymilo_ingestion_mobile_tour", {
    steps: () => [
        {
            content: "Open the posting's ingestion page from its kanban card",
            trigger: ".o_kanban_record:contains('Phone Engineer') .o_heymilo_kanban_ingestion a",
            run: "click",
        },
        {
            content: "On a phone the drop zone asks to tap, not to drop anywhere",
            trigger: ".o_heymilo_dropzone:contains('Tap to choose')",
            run() {
                const zone = document.querySelector(".o_heymilo_dropzone");
                if (zone.textContent.includes("anywhere")) {
                    fail("The drop zone speaks of dropping anywhere on a phone");
                }
            },
        },
        {
            content: "The statistics take one row, not the first screen",
            trigger: ".o_heymilo_stats",
            run() {
                const stats = document.querySelector(".o_heymilo_stats").getBoundingClientRect();
                if (stats.height > 120) {
                    fail(`The statistics are ${stats.height}px high on a phone`);
                }
            },
        },
        {
            content: "No unlabelled caret hides the page's buttons",
            trigger: ".o_heymilo_open_profiles:contains('Profiles by Document')",
            run() {
                if (document.querySelector(".o_control_panel_main_buttons .dropdown-toggle:not(.invisible)")) {
                    fail("The control panel hides buttons behind a caret");
                }
            },
        },
        {
            content: "Nothing is wider than the screen",
            trigger: ".o_heymilo_dropzone",
            run() {
                const width = document.documentElement.clientWidth;
                for (const el of document.querySelectorAll(".o_heymilo_panel, .o_content, .o_control_panel")) {
                    if (el.getBoundingClientRect().right > width + 1) {
                        fail(`${el.className} is wider than the screen`);
                    }
                }
                const status = document.querySelector(".o_data_row td[name='outcome']");
                if (!status || status.getBoundingClientRect().right > width + 1) {
                    fail("A document's status is not on the first screen of a phone");
                }
                if (document.documentElement.scrollWidth > width + 1) {
                    fail(`The page scrolls sideways (${document.documentElement.scrollWidth}px > ${width}px)`);
                }
                listFits("documents");
            },
        },
        {
            content: "Choose a CSV with the phone's file picker",
            trigger: ".o_heymilo_dropzone:contains('Tap to choose')",
            run() {
                const transfer = new DataTransfer();
                transfer.items.add(new File([PHONE_CSV], "phone.csv", { type: "text/csv" }));
                const input = document.querySelector(".o_heymilo_file_input");
                input.files = transfer.files;
                input.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            content: "Upload it for review",
            trigger: ".o_heymilo_pending:has(.o_heymilo_accepted:contains('phone.csv'):contains('Ready')) .o_heymilo_upload_only:enabled",
            run: "click",
        },
        {
            content: "The upload's outcome is said on the phone too",
            trigger: ".o_notification:contains('Upload processed'):contains('succeeded')",
        },
        {
            content: "Open the profiles",
            trigger: ".o_data_row:contains('phone.csv') .badge:contains('Success')",
            run() {
                document.querySelector(".o_heymilo_open_profiles").click();
            },
        },
        {
            content: "Expand the CSV document",
            trigger: ".o_group_header:contains('list.csv')",
            run: "click",
        },
        {
            content: "The profiles fit the screen too: name, status and buttons on one row",
            trigger: ".o_data_row:contains('Pia Phone') .badge:contains('Extracted')",
            run() {
                listFits("profiles");
                const row = document.querySelector(".o_data_row:has(.badge)");
                if (row.querySelector("button[name='action_view_details']").getBoundingClientRect().right > window.innerWidth) {
                    fail("View Details is off the screen");
                }
            },
        },
        {
            content: "Review the resume",
            trigger: ".o_group_header:contains('maria.pdf')",
            run: "click",
        },
        {
            content: "View Details of the resume's profile",
            trigger: ".o_data_row:contains('Maria Moreno') button[name='action_view_details']",
            run: "click",
        },
        {
            content: "The review screen shows the PDF itself with the fields, on the screen",
            trigger: ".o_heymilo_review .o_heymilo_review_source iframe[src^='/web/content/']",
            run() {
                if (document.querySelector(".o_heymilo_review input[name='name']").value !== "Maria Moreno") {
                    fail("The review screen opened on another profile");
                }
                if (this.anchor.getBoundingClientRect().height < 200) {
                    fail("The resume is too small to read on a phone");
                }
                const fields = document.querySelector(".o_heymilo_review_fields").getBoundingClientRect();
                if (fields.right > window.innerWidth + 1) {
                    fail("The review fields are wider than the phone");
                }
            },
        },
        {
            content: "Ingest her from the review screen",
            trigger: ".o_heymilo_review_ingest:enabled",
            run: "click",
        },
        {
            content: "She is queued for ingestion",
            trigger: ".o_notification:contains('Maria Moreno queued for ingestion')",
        },
        {
            content: "Back to the profiles",
            trigger: ".o_heymilo_review_back",
            run: "click",
        },
        {
            content: "Select her by a long touch (a phone has no checkboxes)",
            trigger: ".o_list_renderer .o_group_header:contains('maria.pdf')",
            async run() {
                if (!document.querySelector(".o_data_row")?.textContent.includes("Maria Moreno")) {
                    this.anchor.click();
                }
                await waitUntil(() => phoneRow("Maria Moreno"), "Maria's row");
                phoneRow("Maria Moreno").dispatchEvent(new TouchEvent("touchstart", { bubbles: true }));
                await new Promise((resolve) => setTimeout(resolve, 600));
                phoneRow("Maria Moreno").dispatchEvent(new TouchEvent("touchend", { bubbles: true }));
            },
        },
        {
            content: "Open the actions",
            trigger: ".o_list_selection_box:contains('1')",
            run() {
                document.querySelector(".o_cp_action_menus button:has(.fa-cog)").click();
            },
        },
        {
            content: "Export her to CSV",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Export CSV')",
            run: "click",
        },
        {
            content: "The page is still there after the download",
            trigger: "body:not(:has(.o-dropdown--menu)) .o_data_row:contains('Maria Moreno') .badge:contains('Ingested')",
        },
    ],
});

const PHONE_CSV = "Full Name,E-mail\nPete Phone,pete.phone@example.com\n";

function phoneRow(name) {
    return [...document.querySelectorAll(".o_data_row")].find((r) => r.textContent.includes(name));
}

/** A list as wide as the phone: nothing to scroll sideways to. */
function listFits(what) {
    const list = document.querySelector(".o_list_renderer");
    if (list.scrollWidth > list.clientWidth + 1 || document.documentElement.scrollWidth > window.innerWidth) {
        fail(`The ${what} list scrolls sideways on a phone (${list.scrollWidth}px in ${list.clientWidth}px)`);
    }
}

registry.category("web_tour.tours").add("heymilo_ingestion_keys_tour", {
    steps: () => [
        {
            content: "Open the posting's Integrations tab",
            trigger: ".o_notebook .nav-link:contains('Integrations')",
            run: "click",
        },
        {
            content: "The signing secret is masked",
            trigger: "div[name='heymilo_webhook_secret'] .o_heymilo_secret code:contains('•••')",
        },
        {
            content: "Reveal it",
            trigger: "div[name='heymilo_webhook_secret'] .o_heymilo_reveal",
            run: "click",
        },
        {
            content: "The secret is shown",
            trigger: "div[name='heymilo_webhook_secret'] .o_heymilo_secret code:not(:contains('•'))",
        },
        {
            content: "New Signing Secret asks first",
            trigger: "button[name='action_heymilo_new_webhook_secret']",
            run: "click",
        },
        {
            content: "Cancel: the secret stays",
            trigger: ".modal:contains('replaces the current one') .modal-footer button:contains('Cancel')",
            run: "click",
        },
        {
            content: "Generate an API key",
            trigger: "body:not(:has(.modal)) button[name='action_heymilo_generate_api_key']",
            run: "click",
        },
        {
            content: "The dialog shows the key once, with copy buttons",
            trigger: ".modal div[name='key']:contains('hmk_') .o_clipboard_button",
        },
        {
            content: "Done",
            trigger: ".modal button[name='action_done']",
            run: "click",
        },
        {
            content: "Revoke the key",
            trigger: "body:not(:has(.modal)) div[name='heymilo_api_key_ids'] button[name='action_revoke']",
            run: "click",
        },
        {
            content: "Revoking asks first",
            trigger: ".modal:contains('Revoke this key') .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "The key is revoked (no Revoke button left)",
            trigger: "body:not(:has(.modal)) div[name='heymilo_api_key_ids']:not(:has(button[name='action_revoke']))",
        },
    ],
});
