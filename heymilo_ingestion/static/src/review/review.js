import { Component, onWillStart, useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useHotkey } from "@web/core/hotkeys/hotkey_hook";
import { useService } from "@web/core/utils/hooks";

const MODEL = "heymilo.ingestion.profile";
export const REVIEW_FIELDS = ["name", "email", "phone", "linkedin_url", "location", "headline"];
const LOW_CONFIDENCE = 0.6; // below this, a field is highlighted for a second look
// The profile's confidence of each field (as the server names them: linkedin_url's is linkedin_confidence).
const CONFIDENCE = {
    name: "name_confidence",
    email: "email_confidence",
    phone: "phone_confidence",
    linkedin_url: "linkedin_confidence",
};

/** The review screen: the source file beside the profile's editable fields,
 * Previous / Next through the batch (Alt+P / Alt+N), Ingest (Alt+I) and
 * Skip (Alt+S) on each. A field whose confidence (when the profile model
 * has one) is low is highlighted. */
export class IngestionReview extends Component {
    static template = "heymilo_ingestion.Review";
    static props = ["*"];

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.notification = useService("notification");
        const params = this.props.action.params || {};
        this.ids = params.profile_ids || [];
        this.state = useState({ index: Math.max(this.ids.indexOf(params.active_id), 0), profile: null, source: null });
        this.labels = {
            name: _t("Name"),
            email: _t("E-mail"),
            phone: _t("Phone"),
            linkedin_url: _t("LinkedIn"),
            location: _t("Location"),
            headline: _t("Headline"),
        };
        onWillStart(async () => {
            const fields = await this.orm.call(MODEL, "fields_get", [], { attributes: ["type", "selection"] });
            this.stateLabels = Object.fromEntries(fields.state.selection);
            this.confidenceFields = Object.values(CONFIDENCE).filter((f) => f in fields);
            await this.load();
        });
        const options = { bypassEditableProtection: true };
        useHotkey("alt+n", () => this.move(1), options);
        useHotkey("alt+p", () => this.move(-1), options);
        useHotkey("alt+i", () => this.ingest(), options);
        useHotkey("alt+s", () => this.move(1), options);
    }

    async load() {
        const id = this.ids[this.state.index];
        if (!id) {
            return;
        }
        const fields = [...REVIEW_FIELDS, "state", "document_id", "archive_id", "error_message", ...this.confidenceFields];
        const [[profile], source] = await Promise.all([
            this.orm.read(MODEL, [id], fields),
            this.orm.call(MODEL, "get_review_source", [[id]]),
        ]);
        Object.assign(this.state, { profile, source });
    }

    back() {
        return this.action.restore();
    }

    isLow(field) {
        const value = this.state.profile[CONFIDENCE[field]];
        return typeof value === "number" && value < LOW_CONFIDENCE;
    }

    get canIngest() {
        return ["extracted", "failed"].includes(this.state.profile.state);
    }

    async onChange(field, ev) {
        const value = ev.target.value.trim() || false;
        await this.orm.write(MODEL, [this.state.profile.id], { [field]: value });
        this.state.profile[field] = value;
    }

    async move(step) {
        const index = this.state.index + step;
        if (index >= 0 && index < this.ids.length) {
            this.state.index = index;
            await this.load();
        }
    }

    async ingest() {
        if (!this.canIngest) {
            return;
        }
        await this.orm.call(MODEL, "action_ingest", [[this.state.profile.id]]);
        this.notification.add(_t("%s queued for ingestion.", this.state.profile.name || _t("Profile")), {
            type: "success",
        });
        if (this.state.index < this.ids.length - 1) {
            await this.move(1);
        } else {
            await this.load();
        }
    }
}

registry.category("actions").add("heymilo_ingestion.review", IngestionReview);
