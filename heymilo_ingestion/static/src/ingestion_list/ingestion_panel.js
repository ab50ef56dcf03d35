import { Component, onWillStart, onWillUpdateProps, useRef, useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
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
    "heymilo_stat_median_hours",
    "heymilo_stat_top_errors",
];

// PNG, JPEG, TIFF (both byte orders): scans, read with OCR (extraction/sniff.py).
const IMAGE_MAGIC = ["\x89PNG\r\n\x1a\n", "\xff\xd8\xff", "II*\x00", "MM\x00*"];

/** What a file's first bytes say it is: the server checks again. */
export async function sniffFile(file) {
    const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
    const text = String.fromCharCode(...head);
    if (text.startsWith("PK\x03\x04") || text.startsWith("PK\x05\x06")) {
        // Office files are ZIP packages: their first part names tell which.
        const office = [
            ["mimetypeapplication/vnd.oasis.opendocument.text", "odt"],
            ["mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "ods"],
            ["word/", "docx"],
            ["xl/", "xlsx"],
        ].find(([mark]) => text.includes(mark));
        return office ? office[1] : "zip";
    }
    if (text.includes("%PDF-")) {
        return "pdf";
    }
    if (IMAGE_MAGIC.some((magic) => text.startsWith(magic))) {
        return "image";
    }
    if (text.startsWith("\xd0\xcf\x11\xe0")) {
        return "office"; // .doc, or a password-protected file: the server says which
    }
    if (!head.length) {
        return null;
    }
    const control = head.filter((b) => b < 9 || (b > 13 && b < 32)).length;
    const bom = text.startsWith("\xef\xbb\xbf") || text.startsWith("\xff\xfe") || text.startsWith("\xfe\xff");
    return bom || control <= head.length / 100 ? "csv" : null;
}

export function formatSize(bytes) {
    if (bytes >= 1024 * 1024) {
        return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    }
    return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}

export class IngestionPanel extends Component {
    static template = "heymilo_ingestion.IngestionPanel";
    static props = {
        jobId: { type: [Number, Boolean], optional: true },
        refresh: Number,
        onUploaded: Function,
        register: Function,
    };

    setup() {
        this.orm = useService("orm");
        this.notification = useService("notification");
        this.fileInput = useRef("fileInput");
        this.state = useState({ files: [], stats: null, uploading: false });
        this.props.register(this);
        onWillStart(async () => {
            this.limits = await this.orm.call("heymilo.ingestion.document", "get_upload_limits", []);
            await this.loadStats();
        });
        onWillUpdateProps((next) => next.refresh !== this.props.refresh && this.loadStats(next.jobId));
    }

    async loadStats(jobId = this.props.jobId) {
        if (jobId) {
            [this.state.stats] = await this.orm.read("hr.job", [jobId], STAT_FIELDS);
        }
    }

    get acceptedFiles() {
        return this.state.files.filter((f) => !f.reason);
    }

    /** Add files, each with the reason the limits refuse it, if any. */
    async addFiles(fileList) {
        for (const file of fileList) {
            const type = await sniffFile(file);
            let reason = "";
            if (this.acceptedFiles.length >= this.limits.max_files) {
                reason = _t("more than %s files per upload", this.limits.max_files);
            } else if (file.size > this.limits.max_file_size) {
                reason = _t("larger than %s", formatSize(this.limits.max_file_size));
            } else if (!type) {
                reason = _t("not a PDF, Word, image, CSV, spreadsheet or ZIP file");
            }
            this.state.files.push({ id: `${file.name}-${this.state.files.length}`, file, type, reason });
        }
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
    }

    async upload(autoIngest) {
        const accepted = this.acceptedFiles;
        if (!accepted.length || !this.props.jobId) {
            return;
        }
        this.state.uploading = true;
        try {
            // One streamed request per file, a progress bar each; refused files stay listed with why.
            const fields = { job_id: this.props.jobId, auto_ingest: autoIngest ? "1" : "0", upload_id: newUploadId() };
            let sent = 0;
            for (const entry of accepted) {
                entry.progress = 0;
                const answer = await uploadFile(entry.file, fields, (percent) => (entry.progress = percent));
                delete entry.progress;
                if (answer.error) {
                    entry.reason = answer.error.message;
                } else {
                    sent++;
                    this.removeFile(entry);
                }
            }
            if (sent) {
                this.notification.add(_t("%s file(s) queued for extraction.", sent), { type: "success" });
                await this.props.onUploaded();
            }
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
