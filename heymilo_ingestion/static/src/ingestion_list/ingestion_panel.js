import { Component, onWillStart, onWillUnmount, onWillUpdateProps, useRef, useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { CopyButton } from "@web/core/copy_button/copy_button";
import { useService } from "@web/core/utils/hooks";
import { uploadFile } from "./upload_transport";

const STAT_FIELDS = [
    "heymilo_profile_count",
    "heymilo_stat_ingested",
    "heymilo_stat_processing",
    "heymilo_stat_success_rate",
    "heymilo_stat_avg_completeness",
    "heymilo_stat_email_rate",
    "heymilo_stat_phone_rate",
    "heymilo_stat_median_label",
    "heymilo_stat_top_errors",
];
const HEAD_BYTES = 4096; // what the server's type detection reads of a file
const POLL_MS = 3000; // while files are being processed, in case a bus message is missed

export function formatSize(bytes) {
    if (bytes >= 1024 * 1024) {
        return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    }
    return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}

/** The upload's outcome as the recruiter reads it. */
export function uploadDoneMessage(summary) {
    const parts = [
        _t("%s succeeded", summary.success),
        _t("%s failed", summary.failed),
    ];
    if (summary.duplicates) {
        parts.push(_t("%s already uploaded", summary.duplicates));
    }
    parts.push(_t("%s profiles", summary.profiles));
    return _t("Upload processed: %s.", parts.join(", "));
}

async function fileHead(file) {
    const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    let binary = "";
    for (const byte of bytes) {
        binary += String.fromCharCode(byte);
    }
    return btoa(binary);
}

export class IngestionPanel extends Component {
    static template = "heymilo_ingestion.IngestionPanel";
    static components = { CopyButton };
    static props = {
        jobId: { type: [Number, Boolean], optional: true },
        newKeyId: { type: [Number, Boolean], optional: true },
        refresh: Number,
        onUploaded: Function,
        register: Function,
    };

    setup() {
        this.orm = useService("orm");
        this.notification = useService("notification");
        this.fileInput = useRef("fileInput");
        this.state = useState({
            files: [],
            stats: null,
            preview: null,
            newKey: false,
            uploading: false,
            sendInvitation: true,
        });
        this.copyLabel = _t("Copy");
        this.pendingUploads = new Set();
        this.announced = new Set();
        this.props.register(this);
        onWillStart(async () => {
            this.limits = await this.orm.call("heymilo.ingestion.document", "get_upload_limits", []);
            if (this.props.newKeyId) {
                this.state.newKey = await this.orm.call("heymilo.api.key.show", "pop", [this.props.newKeyId]);
            }
            await this.loadStats();
        });
        onWillUpdateProps(async (next) => {
            if (next.refresh !== this.props.refresh) {
                await Promise.all([this.loadStats(next.jobId), this.checkUploads()]);
            }
        });
        onWillUnmount(() => clearTimeout(this.pollTimer));
    }

    async loadStats(jobId = this.props.jobId) {
        if (jobId) {
            const [[stats], preview] = await Promise.all([
                this.orm.read("hr.job", [jobId], STAT_FIELDS),
                this.orm.call("hr.job", "get_heymilo_ingest_preview", [[jobId]]),
            ]);
            Object.assign(this.state, { stats, preview });
        }
        this.schedulePoll();
    }

    /** Reload again soon while something is being processed. */
    schedulePoll() {
        clearTimeout(this.pollTimer);
        const busy = this.pendingUploads.size || (this.state.stats && this.state.stats.heymilo_stat_processing);
        if (busy) {
            this.pollTimer = setTimeout(() => this.props.onUploaded(), POLL_MS);
        }
    }

    /** Announce the uploads of this page that the server reports finished. */
    async checkUploads() {
        if (!this.pendingUploads.size) {
            return;
        }
        const summaries = await this.orm.call("heymilo.ingestion.document", "get_upload_summaries", [
            [...this.pendingUploads],
        ]);
        for (const summary of summaries) {
            this.showUploadDone(summary);
        }
    }

    /** "Upload processed: …", once per upload, whether the page or the bus
     * learnt first that it is finished. */
    showUploadDone(summary) {
        this.pendingUploads.delete(summary.upload_id);
        if (this.announced.has(summary.upload_id)) {
            return;
        }
        this.announced.add(summary.upload_id);
        this.notification.add(uploadDoneMessage(summary), {
            type: summary.failed ? "warning" : "success",
            title: _t("Candidate ingestion"),
        });
    }

    get acceptedFiles() {
        return this.state.files.filter((f) => !f.reason);
    }

    get refusedFiles() {
        return this.state.files.filter((f) => f.reason);
    }

    /** Each file's reason to be refused: the server's verdict on its
     * content and size, then the count limit in the order files were added. */
    updateReasons() {
        let accepted = 0;
        for (const entry of this.state.files) {
            entry.reason = entry.contentReason;
            if (!entry.reason && accepted >= this.limits.max_files) {
                entry.reason = _t("more than %s files per upload", this.limits.max_files);
            }
            accepted += entry.reason ? 0 : 1;
        }
    }

    /** Add files; the server's rules say, from their first bytes, what each is. */
    async addFiles(fileList) {
        const files = [...fileList];
        const checked = await this.orm.call("heymilo.ingestion.document", "check_upload_files", [
            await Promise.all(files.map(async (file) => ({ name: file.name, head: await fileHead(file) }))),
        ]);
        files.forEach((file, index) => {
            let contentReason = checked[index].reason;
            if (file.size > this.limits.max_file_size) {
                contentReason = _t("larger than %s", formatSize(this.limits.max_file_size));
            }
            this.state.files.push({
                id: `${file.name}-${Date.now()}-${index}`,
                file,
                type: checked[index].file_type,
                contentReason,
                reason: "",
            });
        });
        this.updateReasons();
    }

    onBrowse() {
        this.fileInput.el.click();
    }

    async onInputChange(ev) {
        await this.addFiles(ev.target.files);
        ev.target.value = "";
    }

    removeFile(entry) {
        this.state.files = this.state.files.filter((f) => f !== entry);
        this.updateReasons();
    }

    clearFiles() {
        this.state.files = [];
    }

    async upload(autoIngest) {
        const accepted = this.acceptedFiles;
        if (!accepted.length || !this.props.jobId) {
            return;
        }
        this.state.uploading = true;
        try {
            // One streamed request per file, a progress bar each; refused files stay listed with why.
            const uploadId = newUploadId();
            const fields = {
                job_id: this.props.jobId,
                auto_ingest: autoIngest ? "1" : "0",
                send_invitation: this.state.sendInvitation ? "1" : "0",
                upload_id: uploadId,
            };
            let sent = 0;
            for (const entry of accepted) {
                entry.progress = 0;
                const answer = await uploadFile(entry.file, fields, (percent) => (entry.progress = percent));
                delete entry.progress;
                if (answer.error) {
                    entry.contentReason = entry.reason = answer.error.message;
                } else {
                    sent++;
                }
            }
            if (sent) {
                this.pendingUploads.add(uploadId);
                const refused = this.refusedFiles.length;
                this.notification.add(
                    refused
                        ? _t("%(sent)s file(s) queued for extraction; %(refused)s refused file(s) left out.", {
                              sent,
                              refused,
                          })
                        : _t("%s file(s) queued for extraction.", sent),
                    { type: "info" }
                );
            }
            // Refused files stay listed with their reasons until cleared.
            this.state.files = this.refusedFiles;
            await this.props.onUploaded();
        } finally {
            this.state.uploading = false;
        }
    }

    formatSize(bytes) {
        return formatSize(bytes);
    }
}

function newUploadId() {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
