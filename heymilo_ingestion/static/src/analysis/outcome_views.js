import { useSubEnv } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { graphView } from "@web/views/graph/graph_view";
import { GraphRenderer } from "@web/views/graph/graph_renderer";
import { pivotView } from "@web/views/pivot/pivot_view";
import { PivotHeader } from "@web/views/pivot/pivot_header";
import { PivotRenderer } from "@web/views/pivot/pivot_renderer";

/** The colour of each status, whatever Odoo's palette would pick: success
 * green, failures red, partial and duplicate orange, work in progress blue. */
export const TONES = {
    success: "success",
    ingested: "success",
    failed: "danger",
    partial: "warning",
    duplicate: "warning",
    queued: "info",
    processing: "info",
    extracted: "info",
};
export const TONE_COLORS = { success: "#28a745", danger: "#dc3545", warning: "#f0ad4e", info: "#17a2b8" };
const STATUS_FIELDS = ["outcome", "state"];

/** Label -> tone, from the status fields' selections (the labels the views show). */
function tonesByLabel(fields) {
    const tones = {};
    for (const name of STATUS_FIELDS) {
        for (const [value, label] of (fields[name] && fields[name].selection) || []) {
            if (TONES[value]) {
                tones[label] = TONES[value];
            }
        }
    }
    return tones;
}

export class OutcomeGraphRenderer extends GraphRenderer {
    setup() {
        super.setup();
        this.tones = tonesByLabel(this.model.metaData.fields);
    }

    colorOf(label) {
        return TONE_COLORS[this.tones[label]];
    }

    /** A dataset per status (stacked bars, lines): its status's colour. */
    recolorDatasets(data, key) {
        for (const dataset of data.datasets) {
            const color = this.colorOf(dataset.label);
            if (color) {
                dataset[key] = color;
            }
        }
        return data;
    }

    getBarChartData() {
        const data = this.recolorDatasets(super.getBarChartData(), "backgroundColor");
        // One dataset, a bar per status (grouped by status only).
        if (data.datasets.length === 1 && data.labels.some((label) => this.colorOf(label))) {
            const [dataset] = data.datasets;
            const fallback = dataset.backgroundColor;
            dataset.backgroundColor = data.labels.map((label) => this.colorOf(label) || fallback);
        }
        return data;
    }

    getLineChartData() {
        return this.recolorDatasets(super.getLineChartData(), "borderColor");
    }

    getPieChartData() {
        const data = super.getPieChartData();
        for (const dataset of data.datasets) {
            if (Array.isArray(dataset.backgroundColor)) {
                dataset.backgroundColor = data.labels.map(
                    (label, index) => this.colorOf(label) || dataset.backgroundColor[index]
                );
            }
        }
        return data;
    }
}

/** A pivot header of a status, in its status's colour. */
export class OutcomePivotHeader extends PivotHeader {
    static template = "heymilo_ingestion.OutcomePivotHeader";

    get toneClass() {
        const tone = (this.env.heymiloTones || {})[this.props.cell.title];
        return tone ? `text-${tone} o_heymilo_tone_${tone}` : "";
    }
}

export class OutcomePivotRenderer extends PivotRenderer {
    static components = { ...PivotRenderer.components, PivotHeader: OutcomePivotHeader };

    setup() {
        super.setup();
        useSubEnv({ heymiloTones: tonesByLabel(this.model.metaData.fields) });
    }
}

registry.category("views").add("heymilo_outcome_graph", { ...graphView, Renderer: OutcomeGraphRenderer });
registry.category("views").add("heymilo_outcome_pivot", { ...pivotView, Renderer: OutcomePivotRenderer });
