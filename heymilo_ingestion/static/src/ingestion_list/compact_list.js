import { browser } from "@web/core/browser/browser";
import { ListRenderer } from "@web/views/list/list_renderer";

/** The ingestion lists on a phone: their optional columns start hidden, so
 * that a row fits the screen (file or name, status, buttons); the recruiter
 * can still show them from the column menu, and that choice is kept. */
export class CompactListRenderer extends ListRenderer {
    computeOptionalActiveFields() {
        const active = super.computeOptionalActiveFields();
        if (this.env.isSmall && browser.localStorage.getItem(this.keyOptionalFields) === null) {
            for (const name in active) {
                active[name] = false;
            }
        }
        return active;
    }

    /** Nor do fixed column widths (a file name's, made for a desktop) widen a phone's row. */
    getActiveColumns(list) {
        const columns = super.getActiveColumns(list);
        if (!this.env.isSmall) {
            return columns;
        }
        return columns.map((col) => (col.attrs && col.attrs.width ? { ...col, attrs: { ...col.attrs, width: undefined } } : col));
    }
}
