import { Component, useState } from "@odoo/owl";
import { CopyButton } from "@web/core/copy_button/copy_button";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { standardFieldProps } from "@web/views/fields/standard_field_props";

/** A secret shown masked, with Reveal and Copy buttons. */
export class SecretField extends Component {
    static template = "heymilo_ingestion.SecretField";
    static components = { CopyButton };
    static props = { ...standardFieldProps };

    setup() {
        this.state = useState({ revealed: false });
        this.copyText = _t("Copy");
        this.copiedText = _t("Copied");
    }

    get value() {
        return this.props.record.data[this.props.name] || "";
    }
}

registry.category("fields").add("heymilo_secret", { component: SecretField, supportedTypes: ["char"] });
