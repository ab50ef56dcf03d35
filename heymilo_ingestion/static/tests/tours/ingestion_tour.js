import { registry } from "@web/core/registry";

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

const CSV = "Full Name,E-mail,Mobile\nTess Tour,tess.tour@example.com,+44 20 7946 0555\nTim Tour,tim.tour@example.com,\n";

registry.category("web_tour.tours").add("heymilo_ingestion_tour", {
    steps: () => [
        {
            content: "Open the posting's Integrations tab",
            trigger: ".o_notebook .nav-link:contains('Integrations')",
            run: "click",
        },
        {
            content: "Open its ingestion page from the Ingestion Gateway",
            trigger: "div[name='heymilo_ingestion_gateway'] button:contains('Open')",
            run: "click",
        },
        {
            content: "The ingestion page shows its statistics and the drop zone",
            trigger: ".o_heymilo_stats:contains('Total profiles extracted')",
        },
        {
            content: "Drop a CSV, a damaged PDF and a picture on the page",
            trigger: ".o_heymilo_dropzone",
            run() {
                dropFiles([
                    ["tour.csv", CSV, "text/csv"],
                    ["broken.pdf", "%PDF-1.4\n%not really a pdf", "application/pdf"],
                    ["photo.gif", "GIF89a\x00\x00\x00\x00", "image/gif"],
                ]);
            },
        },
        {
            content: "The picture is refused with its reason before anything is sent",
            trigger: ".o_heymilo_refused:contains('photo.gif'):contains('not a PDF, Word, image, CSV, spreadsheet or ZIP file')",
        },
        {
            content: "Names and sizes are listed",
            trigger: ".o_heymilo_accepted:contains('tour.csv'):contains('B')",
        },
        {
            content: "Upload only (review before ingestion)",
            trigger: ".o_heymilo_upload_only:enabled",
            run: "click",
        },
        {
            content: "The CSV reaches Success",
            trigger: ".o_data_row:contains('tour.csv') .badge:contains('Success')",
        },
        {
            content: "The damaged PDF reaches Failed, with its reason",
            trigger: ".o_data_row:contains('broken.pdf'):contains('damaged') .badge:contains('Failed')",
        },
        {
            content: "Statistics follow",
            trigger: ".o_heymilo_stat:contains('Total profiles extracted') .o_heymilo_stat_value:contains('2')",
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
            trigger: "button:contains('Profiles by Document')",
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
            content: "Ingest the selected profiles",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Ingest Selected')",
            run: "click",
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
            content: "A flat list of both profiles",
            trigger: ".o_pager_value:contains('1-2')",
            run: "click",
        },
        {
            content: "Show one profile per page",
            trigger: "input.o_pager_value",
            run: "edit 1-1 && click body",
        },
        {
            content: "Select the page (one profile of two)",
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
            content: "Nothing is left",
            trigger: ".o_view_nocontent, .o_list_table:not(:has(.o_data_row))",
        },
    ],
});
