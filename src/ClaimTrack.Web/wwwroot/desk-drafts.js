// Unsaved text kept in this browser (localStorage), so a reload, a closed tab or a crashed browser does not lose what
// an editor typed. Typing is read here, in the page, and written after a short pause: nothing waits for the server,
// so text typed while the connection is down is kept too. Keys: claimtrack.draft|<scope>|<version>|<field>, where
// scope is a claim id (or "register") and version the claim version the text was typed against. The server decides
// what to do with them (DraftKeeper); sign-out clears the origin's storage (Clear-Site-Data), see docs/security.md.
const prefix = "claimtrack.draft|";
const pauseMs = 400;
const timers = new Map();

function keyOf(scope, version, field) { return `${prefix}${scope}|${version}|${field}`; }

// One kept text per field: the newest typing replaces what was kept against an older version. Without this, texts
// left on several versions of a claim pile up, and loading them all could outgrow what one message to the server
// may carry (32 KB in Blazor Server), dropping the editor's connection on every reload.
function keep(scope, version, field, text) {
    const start = `${prefix}${scope}|`, end = `|${field}`, key = keyOf(scope, version, field);
    const older = [];
    for (let i = 0; i < localStorage.length; i++) {
        const other = localStorage.key(i);
        if (other && other !== key && other.startsWith(start) && other.endsWith(end)) older.push(other);
    }
    older.forEach(other => localStorage.removeItem(other));
    write(key, text);
}

function write(key, text) {
    try {
        if (text === "") localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify({ text, at: new Date().toISOString() }));
    } catch { /* storage full or refused (private mode): the page still works, without the safety net */ }
}

/** Starts keeping what is typed in the fields inside container that carry data-draft-field (on the field or a
 *  wrapper); the container's data-draft-scope and data-draft-version are read at each keystroke, as they change. */
export function watch(container) {
    if (!container || container.dataset.draftWatched) return;
    container.dataset.draftWatched = "true";
    container.addEventListener("input", event => {
        const holder = event.target.closest("[data-draft-field]");
        if (!holder || !("value" in event.target)) return;
        const { draftScope: scope, draftVersion: version } = container.dataset, field = holder.dataset.draftField;
        const key = keyOf(scope, version, field);
        const text = event.target.value;
        clearTimeout(timers.get(key));
        timers.set(key, setTimeout(() => { timers.delete(key); keep(scope, version, field, text); }, pauseMs));
    });
}

/** Every kept text of a scope: [{ field, version, text, at }]. */
export function load(scope) {
    const found = [];
    const start = `${prefix}${scope}|`;
    for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (!key || !key.startsWith(start)) continue;
        const [version, field] = key.slice(start.length).split("|");
        try {
            const { text, at } = JSON.parse(localStorage.getItem(key));
            if (typeof text === "string" && field) found.push({ field, version: Number(version), text, at });
        } catch { localStorage.removeItem(key); }
    }
    return found;
}

/** Forgets a scope's kept text (saved, or discarded), including a write still waiting for its pause. */
export function clear(scope) {
    const start = `${prefix}${scope}|`;
    for (const [key, timer] of timers) if (key.startsWith(start)) { clearTimeout(timer); timers.delete(key); }
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) { const key = localStorage.key(i); if (key && key.startsWith(start)) keys.push(key); }
    keys.forEach(key => localStorage.removeItem(key));
}

/** Keeps a text against a version at once (no pause): text the editor chose to carry onto a newer version. */
export function put(scope, version, field, text) { keep(scope, version, field, text); }
