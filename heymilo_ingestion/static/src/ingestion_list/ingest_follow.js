import { onWillUnmount } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { FormController } from "@web/views/form/form_controller";
import { formView } from "@web/views/form/form_view";

const MODEL = "heymilo.ingestion.profile";
const POLL_MS = 3000; // while profiles are queued, in case a bus message is missed

/** Follow the queued profiles a view shows until the ingestion cron is done
 * with them: reload when it says so (bus) or every few seconds, then sum up
 * ("9 queued → 8 ingested, 1 duplicate"), without a page reload.
 *
 * ``records()`` gives the shown records, ``reload()`` reloads them. */
export function useIngestFollow(records, reload) {
    const bus = useService("bus_service");
    const orm = useService("orm");
    const notification = useService("notification");
    const queued = new Set();
    let busy = false;

    async function follow() {
        for (const record of records()) {
            if (record.data.state === "queued") {
                queued.add(record.resId);
            }
        }
        if (!queued.size || busy) {
            return;
        }
        busy = true;
        try {
            await reload();
            const states = new Map(records().map((record) => [record.resId, record.data.state]));
            for (const id of queued) {
                if (!states.has(id)) {
                    queued.delete(id); // no longer shown (another page, a filter)
                }
            }
            if (!queued.size || [...queued].some((id) => states.get(id) === "queued")) {
                return;
            }
            const ids = [...queued];
            queued.clear();
            notification.add(await orm.call(MODEL, "get_ingest_summary", [ids]), {
                type: "success",
                title: _t("Ingestion finished"),
            });
        } finally {
            busy = false;
        }
    }

    const timer = setInterval(follow, POLL_MS);
    bus.subscribe("heymilo_ingestion/ingested", follow);
    bus.start();
    onWillUnmount(() => {
        clearInterval(timer);
        bus.unsubscribe("heymilo_ingestion/ingested", follow);
    });
}

/** The profile form: after Ingest it follows the profile from Queued to
 * its outcome, unless the recruiter is editing it. */
export class ProfileFormController extends FormController {
    setup() {
        super.setup();
        useIngestFollow(
            () => (this.model.root ? [this.model.root] : []),
            async () => {
                if (!this.model.root.dirty) {
                    await this.model.root.load();
                }
            }
        );
    }
}

registry.category("views").add("heymilo_profile_form", { ...formView, Controller: ProfileFormController });
