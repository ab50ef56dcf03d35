import { registry } from "@web/core/registry";
import { rpc } from "@web/core/network/rpc";

/** Let the test's cron worker run the ingestion cron (see test_live_ingestion.py). */
function runCron(token) {
    return rpc("/web/dataset/call_kw/ir.config_parameter/set_param", {
        model: "ir.config_parameter",
        method: "set_param",
        args: ["heymilo_ingestion.test_cron_signal", token],
        kwargs: {},
    });
}

function notReloaded() {
    if (!window.heymiloLiveTour) {
        throw new Error("The page was reloaded: it should have followed the ingestion by itself");
    }
}

function phone() {
    return window.matchMedia("(max-width: 767.98px)").matches;
}

function row(name) {
    return [...document.querySelectorAll(".o_data_row")].find((r) => r.textContent.includes(name));
}

/** "Ingest Selected" on Bo and Cy (a phone has no row checkboxes). */
function ingestSelected() {
    return [
        {
            content: "Select Bo and Cy",
            trigger: ".o_data_row:contains('Cy Live') .badge:contains('Extracted')",
            run() {
                for (const name of ["Bo Live", "Cy Live"]) {
                    row(name).querySelector(".o_list_record_selector input").click();
                }
            },
        },
        {
            content: "Open the actions",
            trigger: ".o_list_selection_box:contains('2')",
            run() {
                document.querySelector(".o_cp_action_menus button:has(.fa-cog)").click();
            },
        },
        {
            content: "Ingest Selected",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Ingest Selected')",
            run: "click",
        },
    ];
}

/** Each row's Ingest button, as a phone offers it; Ingest reloads the list
 * (a new one, not marked old), and the next click waits for it. */
function ingestRows() {
    return ["Bo Live", "Cy Live"].map((name) => ({
        content: `Ingest ${name} from its row`,
        trigger: `.o_list_renderer:not([data-heymilo-old]) .o_data_row:contains('${name}') .badge:contains('Extracted')`,
        run() {
            document.querySelector(".o_list_renderer").dataset.heymiloOld = "1";
            row(name).querySelector("button[name='action_ingest']").click();
        },
    }));
}

registry.category("web_tour.tours").add("heymilo_ingestion_live_tour", {
    steps: () => [
        {
            content: "Ana's profile form, extracted",
            trigger: ".o_form_view:has(.o_statusbar_status .o_arrow_button_current:contains('Extracted'))",
            run() {
                window.heymiloLiveTour = true; // gone if anything reloads the page
            },
        },
        {
            content: "Ingest her profile",
            trigger: ".o_form_view button[name='action_ingest']", // on a phone, the one in the sheet
            run: "click",
        },
        {
            content: "She is queued: the cron has not run yet",
            trigger: ".o_form_view:has(.o_statusbar_status .o_arrow_button_current:contains('Queued'))",
            async run() {
                await runCron("form");
            },
        },
        {
            content: "The form follows the cron by itself: Ingested, without a reload",
            trigger: ".o_form_view:has(.o_statusbar_status .o_arrow_button_current:contains('Ingested'))",
            run: notReloaded,
        },
        {
            content: "The summary says what became of her",
            trigger: ".o_notification:contains('Ingestion finished'):contains('1 queued → 1 ingested')",
            run: notReloaded,
        },
        {
            content: "Back to the profiles",
            trigger: phone() ? ".o_back_button" : ".o_breadcrumb .breadcrumb-item a",
            run: "click",
        },
        ...(phone() ? ingestRows() : ingestSelected()),
        {
            content: "Both are queued: the cron has not run yet",
            trigger: ".o_data_row:contains('Cy Live') .badge:contains('Queued')",
            async run() {
                if (!row("Bo Live").textContent.includes("Queued")) {
                    throw new Error("Bo should be queued too");
                }
                await runCron("list");
            },
        },
        {
            content: "The list follows the cron by itself",
            trigger: ".o_data_row:contains('Bo Live') .badge:contains('Ingested')",
            run: notReloaded,
        },
        {
            content: "Cy had already applied: a duplicate",
            trigger: ".o_data_row:contains('Cy Live') .badge:contains('Duplicate')",
        },
        {
            content: "The summary of the two",
            trigger: ".o_notification:contains('2 queued → 1 ingested, 1 duplicate')",
            run: notReloaded,
        },
    ],
});
