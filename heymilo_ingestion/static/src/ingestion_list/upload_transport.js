import { _t } from "@web/core/l10n/translation";

/**
 * Send one file to the ingestion page's upload route as a multipart request:
 * the browser streams it from disk (no base64 copy in memory) and
 * `onProgress(percent)` follows the bytes sent. Resolves with the route's
 * JSON answer, `{document_ids}` or `{error: {code, message}}`, never rejects.
 */
export function uploadFile(file, fields, onProgress) {
    return new Promise((resolve) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) {
            form.append(name, value);
        }
        form.append("csrf_token", odoo.csrf_token);
        form.append("file", file, file.name);
        const xhr = new XMLHttpRequest();
        xhr.open("POST", "/heymilo/ingestion/upload");
        xhr.upload.onprogress = (ev) => ev.lengthComputable && onProgress(Math.round((100 * ev.loaded) / ev.total));
        xhr.onload = () => {
            try {
                resolve(JSON.parse(xhr.responseText));
            } catch {
                const message = xhr.status === 413 ? _t("This file is larger than the server accepts.") : xhr.statusText;
                resolve({ error: { code: `http_${xhr.status}`, message } });
            }
        };
        xhr.onerror = () => resolve({ error: { code: "network", message: _t("The connection was lost.") } });
        xhr.send(form);
    });
}
