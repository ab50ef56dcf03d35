import { onWillUnmount } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { IntegerField, integerField } from "@web/views/fields/integer/integer_field";
import { ListController } from "@web/views/list/list_controller";
import { listView } from "@web/views/list/list_view";
import { formatSize } from "./ingestion_panel";

/** A file size in KB / MB, as people read it. */
export class FileSizeField extends IntegerField {
    get formattedValue() {
        return formatSize(this.props.record.data[this.props.name] || 0);
    }
}

registry.category("fields").add("heymilo_file_size", { ...integerField, component: FileSizeField });

const POLL_MS = 3000;

/** The profiles list: one export in the Actions menu, "Export CSV" (its
 * columns are the profile's, its cells safe in a spreadsheet); queued
 * profiles follow their ingestion live, with a summary when they are done
 * ("3 queued → 2 ingested, 1 duplicate"). */
export class ProfileListController extends ListController {
    setup() {
        super.setup();
        this.notificationService = useService("notification");
        this.queued = new Set();
        this.timer = setInterval(() => this.followQueue(), POLL_MS);
        onWillUnmount(() => clearInterval(this.timer));
    }

    async followQueue() {
        const records = this.model.root.records || [];
        for (const record of records) {
            if (record.data.state === "queued") {
                this.queued.add(record.resId);
            }
        }
        if (!this.queued.size) {
            return;
        }
        await this.model.load();
        const done = (this.model.root.records || []).filter(
            (r) => this.queued.has(r.resId) && r.data.state !== "queued"
        );
        if (!done.length || done.length < this.queued.size) {
            return;
        }
        const counts = {};
        for (const record of done) {
            counts[record.data.state] = (counts[record.data.state] || 0) + 1;
        }
        const outcome = Object.entries(counts)
            .map(([state, count]) => `${count} ${state}`)
            .join(", ");
        this.notificationService.add(_t("%(queued)s queued → %(outcome)s", { queued: this.queued.size, outcome }), {
            type: "success",
            title: _t("Ingestion finished"),
        });
        this.queued.clear();
    }

    getStaticActionMenuItems() {
        const items = super.getStaticActionMenuItems();
        delete items.export;
        return items;
    }
}

registry.category("views").add("heymilo_profile_list", { ...listView, Controller: ProfileListController });
