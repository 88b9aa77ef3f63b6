// Checks Kubernetes manifests against the API's JSON schemas, offline (kubectl cannot validate without a cluster):
//   node kube-schema.mjs NODE_MODULES_DIR FILE.yaml...
// NODE_MODULES_DIR holds the npm packages kubernetes-models and yaml (check.sh installs them in a cache folder).
// Every document must be a kind the models know and valid against its schema. The schemas allow unknown fields, so a
// misspelt one (readOnlyRootFilesytem) would pass and be ignored by the cluster: every field name must also be one the
// schemas know, except in the maps whose keys are free (labels, annotations, data, resource amounts, selectors).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, ...files] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(join(modules, path)).href);
const { parseAllDocuments } = await load("yaml/dist/index.js");

// Every property name the compiled schemas mention: a misspelt field is in none of them.
const known = new Set();
for (const schemas of ["kubernetes-models/_schemas", "@kubernetes-models/apimachinery/_schemas"].map((p) => join(modules, p))) {
  for (const name of readdirSync(schemas).filter((n) => n.endsWith(".js"))) {
    for (const [, word] of readFileSync(join(schemas, name), "utf8").matchAll(/(?:\.|")([A-Za-z$][\w$-]*)/g)) known.add(word);
  }
}
const freeMaps = new Set(["labels", "annotations", "data", "stringData", "binaryData", "matchLabels", "nodeSelector",
  "limits", "requests", "capacity"]);
function unknownFields(value, path, found) {
  if (Array.isArray(value)) value.forEach((item, i) => unknownFields(item, `${path}/${i}`, found));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (!known.has(key)) found.push(`${path}/${key}`);
      const free = freeMaps.has(key) || (key === "selector" && child && !("matchLabels" in child) && !("matchExpressions" in child));
      if (!free) unknownFields(child, `${path}/${key}`, found);
    }
  }
  return found;
}

let problems = 0;
let checked = 0;
for (const file of files) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const manifest = doc.toJS();
    if (!manifest) continue;
    const where = `${file}: ${manifest.kind ?? "?"} ${manifest.metadata?.name ?? "?"}`;
    const apiVersion = manifest.apiVersion ?? "";
    // "v1" is the core group's folder; "apps/v1" and "networking.k8s.io/v1" are folders as they are.
    let model;
    try {
      model = (await load(`kubernetes-models/${apiVersion}/${manifest.kind}.js`))[manifest.kind];
    } catch {
      console.error(`${where}: no schema for apiVersion "${apiVersion}", kind "${manifest.kind}"`);
      problems++;
      continue;
    }
    try {
      new model(manifest).validate();
      const unknown = unknownFields(manifest, "", []);
      if (unknown.length > 0) throw new Error(`unknown fields: ${unknown.join(", ")}`);
      checked++;
    } catch (error) {
      console.error(`${where}: ${error.message}`);
      problems++;
    }
  }
}
console.log(`${checked} manifests valid, ${problems} problems`);
process.exit(problems === 0 && checked > 0 ? 0 : 1);
