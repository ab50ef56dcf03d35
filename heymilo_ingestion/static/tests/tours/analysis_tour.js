import { registry } from "@web/core/registry";

const GREEN = "#28a745";
const RED = "#dc3545";

function fail(message) {
    throw new Error(message);
}

/** Chart.js's own data of the graph on the screen. */
function chartData() {
    const canvas = document.querySelector(".o_graph_renderer canvas");
    return window.Chart.getChart(canvas).data;
}

function colorOf(data, label) {
    const dataset = data.datasets.find((d) => d.label === label);
    if (!dataset) {
        fail(`No "${label}" in the graph (${data.datasets.map((d) => d.label).join(", ")})`);
    }
    return dataset.backgroundColor;
}

/** The good status green, Failed red, whatever the palette would pick. */
function checkColors(data, good) {
    if (colorOf(data, good) !== GREEN || colorOf(data, "Failed") !== RED) {
        fail(`${good} is ${colorOf(data, good)}, Failed is ${colorOf(data, "Failed")}`);
    }
}

function checkMeasures(expected) {
    const labels = [...document.querySelectorAll(".o-dropdown--menu .o-dropdown-item")].map((e) => e.textContent.trim());
    if (labels.sort().join("|") !== [...expected].sort().join("|")) {
        fail(`Measures offered: ${labels.join(", ")}; expected ${expected.join(", ")}`);
    }
}

function phone() {
    return window.matchMedia("(max-width: 767.98px)").matches;
}

/** Recruitment › Ingestion › Analysis › name, from the menu (a phone's is in its sidebar). */
function openAnalysis(menu, name) {
    return [
        {
            content: "Open the Ingestion menu",
            trigger: phone() ? ".o_menu_toggle" : ".o_menu_sections button:contains('Ingestion')",
            run: "click",
        },
        {
            content: `Analysis › ${name}`,
            trigger: `[data-menu-xmlid='heymilo_ingestion.${menu}']:not(div)`,
            run: "click",
        },
    ];
}

/** The switch to the pivot (behind a toggle on a phone). */
function openPivot() {
    if (phone()) {
        return [
            { content: "The view switcher", trigger: ".o_cp_switch_buttons button", run: "click" },
            { content: "The pivot", trigger: ".o-dropdown--menu .o-dropdown-item:contains('Pivot')", run: "click" },
        ];
    }
    return [{ content: "The pivot", trigger: ".o_switch_view.o_pivot", run: "click" }];
}

registry.category("web_tour.tours").add("heymilo_ingestion_analysis_tour", {
    steps: () => [
        ...openAnalysis("menu_heymilo_ingestion_document_analysis", "Documents"),
        {
            content: "The documents graph: success green, failures red, counted",
            trigger: ".o_graph_renderer canvas",
            run() {
                const data = chartData();
                checkColors(data, "Success");
                const bars = data.datasets.filter((d) => d.type !== "line"); // not the total's line
                const total = bars.reduce((sum, d) => sum + d.data.reduce((a, b) => a + b, 0), 0);
                if (total !== 3) {
                    fail(`${total} documents counted; 3 expected (the archive as its two members, and the CSV)`);
                }
            },
        },
        {
            content: "Open the measures",
            trigger: ".o_graph_renderer button:contains('Measures')",
            run: "click",
        },
        {
            content: "Counts, in plain words",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Count')",
            run() {
                checkMeasures(["Profiles in File", "Count"]);
            },
        },
        ...openPivot(),
        {
            content: "Its statuses in their colours",
            trigger: ".o_pivot th .o_heymilo_tone_success:contains('Success')",
            run() {
                if (!document.querySelector(".o_pivot th .o_heymilo_tone_danger")) {
                    fail("Failed is not red in the pivot");
                }
                const measure = document.querySelector(".o_pivot .o_pivot_measure_row");
                if (!measure || measure.textContent.trim() !== "Count") {
                    fail(`The pivot's measure is ${measure && measure.textContent.trim()}, not Count`);
                }
            },
        },
        ...openAnalysis("menu_heymilo_ingestion_profile_analysis", "Profiles"),
        {
            content: "The profiles graph: ingested green, failed red",
            trigger: ".o_graph_renderer canvas",
            run() {
                checkColors(chartData(), "Ingested");
            },
        },
        ...openPivot(),
        {
            content: "Counted, ingested in green",
            trigger: ".o_pivot th .o_heymilo_tone_success:contains('Ingested')",
            run() {
                if (document.querySelector(".o_pivot .o_pivot_measure_row").textContent.trim() !== "Count") {
                    fail("The profiles pivot does not count");
                }
            },
        },
    ],
});
