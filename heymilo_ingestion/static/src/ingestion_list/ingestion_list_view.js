import { onWillUnmount, useState } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { ListController } from "@web/views/list/list_controller";
import { listView } from "@web/views/list/list_view";
import { CompactListRenderer } from "./compact_list";
import { IngestionPanel } from "./ingestion_panel";

/** The ingestion page: the documents list with a drop zone, the posting's
 * statistics, and statuses that follow the queue live (bus notifications). */
export class IngestionListController extends ListController {
    static template = "heymilo_ingestion.IngestionListView";
    static components = { ...ListController.components, IngestionPanel };

    setup() {
        super.setup();
        this.bus = useService("bus_service");
        this.orm = useService("orm");
        this.ingestion = useState({ refresh: 0, dragging: false });
        const onProgress = (payload) => {
            if (!this.jobId || (payload.job_ids || []).includes(this.jobId)) {
                this.reloadIngestion();
            }
        };
        // The panel says it, once per upload, whether it or the bus learns first.
        const onDone = (payload) => this.panel && this.panel.showUploadDone(payload);
        this.bus.subscribe("heymilo_ingestion/progress", onProgress);
        this.bus.subscribe("heymilo_ingestion/upload_done", onDone);
        this.bus.start();
        onWillUnmount(() => {
            this.bus.unsubscribe("heymilo_ingestion/progress", onProgress);
            this.bus.unsubscribe("heymilo_ingestion/upload_done", onDone);
        });
    }

    /** No empty, unlabelled caret on a phone: the page's buttons are in the page. */
    get display() {
        const display = super.display;
        return display.controlPanel
            ? { ...display, controlPanel: { ...display.controlPanel, disableDropdown: true } }
            : display;
    }

    /** The page sizes the results offer, as in HeyMilo; the pager takes any. */
    get pageSizes() {
        return [5, 10, 20, 50];
    }

    async setPageSize(limit) {
        await this.model.root.load({ limit, offset: 0 });
    }

    get newKeyId() {
        return this.props.context.heymilo_new_key_id || false;
    }

    get jobId() {
        return this.props.context.heymilo_job_id || false;
    }

    /** The posting's profiles, grouped by document (a button of the page,
     * not of the control panel, so that a phone shows it as it is). */
    async openProfiles() {
        const action = await this.orm.call("heymilo.ingestion.document", "action_open_profiles", [[]], {
            context: { ...this.props.context },
        });
        await this.actionService.doAction(action);
    }

    async reloadIngestion() {
        await this.model.load();
        this.ingestion.refresh++;
    }

    onDragOver(ev) {
        if (ev.dataTransfer && [...ev.dataTransfer.types].includes("Files")) {
            ev.preventDefault();
            this.ingestion.dragging = true;
        }
    }

    onDragLeave(ev) {
        if (!ev.currentTarget.contains(ev.relatedTarget)) {
            this.ingestion.dragging = false;
        }
    }

    async onDrop(ev) {
        ev.preventDefault();
        this.ingestion.dragging = false;
        if (ev.dataTransfer && ev.dataTransfer.files.length) {
            await this.panel.addFiles(ev.dataTransfer.files);
        }
    }

    registerPanel(panel) {
        this.panel = panel;
    }
}

export const ingestionListView = {
    ...listView,
    Controller: IngestionListController,
    Renderer: CompactListRenderer,
};

registry.category("views").add("heymilo_ingestion_list", ingestionListView);
