import { registry } from "@web/core/registry";
import { IntegerField, integerField } from "@web/views/fields/integer/integer_field";
import { ListController } from "@web/views/list/list_controller";
import { listView } from "@web/views/list/list_view";
import { CompactListRenderer } from "./compact_list";
import { useIngestFollow } from "./ingest_follow";
import { formatSize } from "./ingestion_panel";

/** A file size in KB / MB, as people read it. */
export class FileSizeField extends IntegerField {
    get formattedValue() {
        return formatSize(this.props.record.data[this.props.name] || 0);
    }
}

registry.category("fields").add("heymilo_file_size", { ...integerField, component: FileSizeField });

/** The profiles list: one export in the Actions menu, "Export CSV" (its
 * columns are the profile's, its cells safe in a spreadsheet); queued
 * profiles follow their ingestion live, with a summary when they are done
 * ("3 queued → 2 ingested, 1 duplicate"). */
export class ProfileListController extends ListController {
    setup() {
        super.setup();
        useIngestFollow(
            () => this.model.root.records || [],
            () => this.model.load()
        );
    }

    getStaticActionMenuItems() {
        const items = super.getStaticActionMenuItems();
        delete items.export;
        return items;
    }
}

registry.category("views").add("heymilo_profile_list", {
    ...listView,
    Controller: ProfileListController,
    Renderer: CompactListRenderer,
});
