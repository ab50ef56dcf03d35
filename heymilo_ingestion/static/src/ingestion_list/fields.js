import { registry } from "@web/core/registry";
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

/** The profiles list: one export in the Actions menu, "Export CSV" (its
 * columns are the profile's, its cells safe in a spreadsheet). */
export class ProfileListController extends ListController {
    getStaticActionMenuItems() {
        const items = super.getStaticActionMenuItems();
        delete items.export;
        return items;
    }
}

registry.category("views").add("heymilo_profile_list", { ...listView, Controller: ProfileListController });
