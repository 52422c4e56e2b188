// chronique: the article view of the review widget (an anywidget ES module, no build step).
//
// The state ("view") comes from Python (chronique/notebook/view.py): the article cut into
// pieces, the time expressions, the claims, the speakers and the corrections.  Every piece
// of text is written with textContent or a text node: nothing from the article is ever
// parsed as HTML.  Requests go back to Python with model.send({action, ...}); Python answers
// with a new view (its "ack" is the request's seq) or with an error.

function node(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function button(label, cls, onClick) {
  const b = node("button", "cq-button " + cls, label);
  b.type = "button";
  b.addEventListener("click", (ev) => { ev.preventDefault(); ev.stopPropagation(); onClick(); });
  return b;
}

function render({ model, el }) {
  const box = node("div", "cq-article");
  el.appendChild(box);
  const tip = node("div", "cq-tip");
  tip.hidden = true;
  let editor = null;        // {kind, ref, div, error}
  let seq = 0;
  let pending = 0;

  function view() { return model.get("view") || {}; }

  function send(msg) {
    seq += 1;
    pending = seq;
    msg.seq = seq;
    if (editor) {
      editor.div.classList.add("cq-busy");
      editor.error.textContent = "";
    }
    model.send(msg);
  }

  function closeEditor() {
    if (editor) editor.div.remove();
    editor = null;
  }

  // ------------------------------------------------------------------ hover

  function tipLines(seg) {
    const v = view();
    const lines = [];
    const tid = seg.dataset.timex;
    if (tid && v.timexes && v.timexes[tid]) {
      const t = v.timexes[tid];
      lines.push(["cq-tip-head", `${t.text} → ${t.value || "?"}`]);
      lines.push(["", `${t.type_name} · ${t.interval || "no interval"} · rule: ${t.rule}`]);
      if (t.explanation) lines.push(["cq-tip-why", t.explanation]);
      for (const f of t.flag || []) lines.push(["cq-tip-flag", "⚠ " + f]);
      if (t.override) lines.push(["cq-tip-own", `✎ your correction ${t.override} (was ${t.was || "?"})`]);
      lines.push(["cq-tip-hint", "click to correct this date"]);
    }
    const cid = seg.dataset.claim;
    if (cid && v.claims && v.claims[cid]) {
      const c = v.claims[cid];
      lines.push(["cq-tip-head", `${c.speaker} · ${c.mode} · ${c.kind}`]);
      const extra = [];
      if (c.cue) extra.push(`cue: ${c.cue}`);
      if (c.anonymous) extra.push("anonymous source");
      if (c.channel) extra.push(`channel: ${c.channel}`);
      if (c.hedges && c.hedges.length) extra.push(`hedged: ${c.hedges.join(", ")}`);
      if (extra.length) lines.push(["", extra.join(" · ")]);
      if (c.override) lines.push(["cq-tip-own", `✎ your correction ${c.override}`]);
      if (!tid) lines.push(["cq-tip-hint", "click to change the speaker or the mode"]);
    }
    return lines;
  }

  function showTip(seg, ev) {
    const lines = tipLines(seg);
    if (!lines.length) { tip.hidden = true; return; }
    tip.replaceChildren(...lines.map(([cls, text]) => node("div", cls, text)));
    tip.hidden = false;
    const r = box.getBoundingClientRect();
    const s = seg.getBoundingClientRect();
    tip.style.left = Math.max(0, Math.min(s.left - r.left, r.width - 360)) + "px";
    tip.style.top = (s.bottom - r.top + 6) + "px";
  }

  // ------------------------------------------------------------------ editors

  function place(div, seg) {
    const r = box.getBoundingClientRect();
    const s = seg.getBoundingClientRect();
    div.style.left = Math.max(0, Math.min(s.left - r.left, r.width - 380)) + "px";
    div.style.top = (s.bottom - r.top + 6) + "px";
  }

  function openTimexEditor(tid, seg) {
    const t = (view().timexes || {})[tid];
    if (!t) return;
    closeEditor();
    tip.hidden = true;
    const div = node("div", "cq-editor cq-editor-timex");
    div.dataset.timex = tid;
    div.appendChild(node("div", "cq-editor-head", `“${t.text}” → ${t.value || "?"}`));
    div.appendChild(node("div", "cq-editor-why", t.explanation || ""));
    const row = node("div", "cq-editor-row");
    const input = node("input", "cq-value");
    input.type = "text";
    input.value = t.value || "";
    input.placeholder = (view().formats || ["2019-12-20"])[0];
    input.setAttribute("aria-label", "the date, e.g. 2019-12-20");
    const apply = () => send({action: "set-date", ref: tid, value: input.value});
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") { ev.preventDefault(); apply(); }
      if (ev.key === "Escape") { ev.preventDefault(); closeEditor(); }
      ev.stopPropagation();
    });
    row.appendChild(input);
    row.appendChild(button("Set date", "cq-apply", apply));
    row.appendChild(button("Not a date", "cq-notadate", () => send({action: "not-a-date", ref: tid})));
    if (t.override) row.appendChild(button("Undo", "cq-undo", () => send({action: "undo", id: t.override})));
    row.appendChild(button("Cancel", "cq-cancel", closeEditor));
    div.appendChild(row);
    div.appendChild(node("div", "cq-editor-hint", "as " + (view().formats || []).join(", ")));
    if (seg.dataset.claim) {
      const other = button("edit the claim instead", "cq-link", () => openClaimEditor(seg.dataset.claim, seg));
      div.appendChild(other);
    }
    const error = node("div", "cq-error");
    div.appendChild(error);
    place(div, seg);
    box.appendChild(div);
    editor = {kind: "timex", ref: tid, div, error};
    input.focus();
    input.select();
  }

  function openClaimEditor(cid, seg) {
    const v = view();
    const c = (v.claims || {})[cid];
    if (!c) return;
    closeEditor();
    tip.hidden = true;
    const div = node("div", "cq-editor cq-editor-claim");
    div.dataset.claim = cid;
    div.appendChild(node("div", "cq-editor-head", `${c.speaker} · ${c.mode} · ${c.kind}`));
    const row = node("div", "cq-editor-row");
    const who = node("select", "cq-speaker");
    who.setAttribute("aria-label", "speaker");
    for (const s of v.speakers || []) {
      const o = node("option", "", s.name);
      o.value = s.name;
      if (s.name === c.speaker) o.selected = true;
      who.appendChild(o);
    }
    const otherOpt = node("option", "", "someone else…");
    otherOpt.value = "\u0000other";
    who.appendChild(otherOpt);
    const name = node("input", "cq-speaker-name");
    name.type = "text";
    name.placeholder = "speaker's name";
    name.hidden = true;
    who.addEventListener("change", () => { name.hidden = who.value !== "\u0000other"; if (!name.hidden) name.focus(); });
    const mode = node("select", "cq-mode");
    mode.setAttribute("aria-label", "mode");
    for (const m of v.modes || []) {
      const o = node("option", "", m);
      o.value = m;
      if (m === c.mode) o.selected = true;
      mode.appendChild(o);
    }
    const apply = () => {
      const speaker = who.value === "\u0000other" ? name.value : who.value;
      const msg = {action: "set-claim", ref: cid};
      if (speaker !== c.speaker) msg.speaker = speaker;
      if (mode.value !== c.mode) msg.mode = mode.value;
      if (msg.speaker === undefined && msg.mode === undefined) { closeEditor(); return; }
      send(msg);
    };
    name.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") { ev.preventDefault(); apply(); }
      if (ev.key === "Escape") { ev.preventDefault(); closeEditor(); }
      ev.stopPropagation();
    });
    row.appendChild(who);
    row.appendChild(name);
    row.appendChild(mode);
    row.appendChild(button("Apply", "cq-apply", apply));
    if (c.override) row.appendChild(button("Undo", "cq-undo", () => send({action: "undo", id: c.override})));
    row.appendChild(button("Cancel", "cq-cancel", closeEditor));
    div.appendChild(row);
    const error = node("div", "cq-error");
    div.appendChild(error);
    place(div, seg);
    box.appendChild(div);
    editor = {kind: "claim", ref: cid, div, error};
    who.focus();
  }

  // ------------------------------------------------------------------ drawing

  function legend(v) {
    const p = node("div", "cq-legend");
    const colours = v.type_colours || {};
    for (const [type, colour] of Object.entries(colours)) {
      const s = node("span", "cq-key cq-key-timex", type.toLowerCase());
      s.style.backgroundColor = colour;
      p.appendChild(s);
    }
    for (const s of v.speakers || []) {
      const k = node("span", "cq-key cq-key-claim", s.name);
      k.style.borderBottomColor = s.colour;
      p.appendChild(k);
    }
    const f = node("span", "cq-key cq-flagged", "date the text gets wrong");
    p.appendChild(f);
    return p;
  }

  function corrections(v) {
    const div = node("div", "cq-corrections");
    const own = v.overrides || [];
    const stale = v.stale || [];
    if (!own.length && !stale.length) {
      div.appendChild(node("span", "cq-muted", "No correction yet: click a date or a claim to correct it."));
      return div;
    }
    div.appendChild(node("span", "cq-corrections-head", `Your corrections (${own.length})`));
    const list = node("ul", "cq-corrections-list");
    for (const o of own) {
      const li = node("li", "cq-correction");
      li.dataset.override = o.id;
      li.appendChild(node("span", "cq-own-mark", "✎ " + o.id + " "));
      li.appendChild(node("span", "", o.text));
      li.appendChild(button("undo", "cq-undo", () => send({action: "undo", id: o.id})));
      list.appendChild(li);
    }
    for (const o of stale) {
      const li = node("li", "cq-correction cq-stale");
      li.dataset.override = o.id;
      li.appendChild(node("span", "", `${o.id} no longer applies: ${o.text} `));
      li.appendChild(button("forget", "cq-forget", () => send({action: "forget", id: o.id})));
      list.appendChild(li);
    }
    div.appendChild(list);
    return div;
  }

  function draw() {
    const v = view();
    const keep = editor && editor.div.isConnected ? editor : null;
    box.replaceChildren();
    box.appendChild(legend(v));
    box.appendChild(corrections(v));
    const text = node("div", "cq-text");
    text.setAttribute("lang", v.lang || "");
    for (const seg of v.segments || []) {
      const claims = seg.claims || [];
      if (!seg.timex && !claims.length && !seg.flagged) {
        text.appendChild(document.createTextNode(seg.text));
        continue;
      }
      const s = node("span", "cq-seg", seg.text);
      if (seg.timex && v.timexes && v.timexes[seg.timex]) {
        const t = v.timexes[seg.timex];
        s.classList.add("cq-timex");
        s.dataset.timex = seg.timex;
        s.dataset.type = t.type;
        s.style.backgroundColor = (v.type_colours || {})[t.type] || "#eeeeee";
        if (t.override) s.classList.add("cq-own");
      }
      if (claims.length && v.claims && v.claims[claims[claims.length - 1]]) {
        const cid = claims[claims.length - 1];
        const c = v.claims[cid];
        s.classList.add("cq-claim");
        s.dataset.claim = cid;
        s.style.borderBottomColor = c.colour;
        if (c.visible === false) s.classList.add("cq-dim");
        if (c.override) s.classList.add("cq-own-claim");
      }
      if (seg.flagged) s.classList.add("cq-flagged");
      text.appendChild(s);
    }
    box.appendChild(text);
    box.appendChild(tip);
    tip.hidden = true;
    if (keep) {
      // a new view answers the pending request: close its editor; else keep it open
      if (v.ack !== undefined && v.ack === pending) {
        editor = null;
      } else {
        box.appendChild(keep.div);
      }
    }
  }

  box.addEventListener("mouseover", (ev) => {
    const seg = ev.target.closest && ev.target.closest(".cq-seg");
    if (seg && box.contains(seg) && (seg.dataset.timex || seg.dataset.claim)) showTip(seg, ev);
  });
  box.addEventListener("mouseout", (ev) => {
    const seg = ev.target.closest && ev.target.closest(".cq-seg");
    if (seg && !(ev.relatedTarget && seg.contains(ev.relatedTarget))) tip.hidden = true;
  });
  box.addEventListener("click", (ev) => {
    const seg = ev.target.closest && ev.target.closest(".cq-seg");
    if (!seg || !box.contains(seg)) return;
    if (seg.dataset.timex && !ev.altKey) openTimexEditor(seg.dataset.timex, seg);
    else if (seg.dataset.claim) openClaimEditor(seg.dataset.claim, seg);
  });

  const onView = () => draw();
  const onError = () => {
    const err = model.get("error") || {};
    if (editor && err.seq === pending) {
      editor.div.classList.remove("cq-busy");
      editor.error.textContent = err.message || "";
    }
  };
  model.on("change:view", onView);
  model.on("change:error", onError);
  draw();
  return () => {
    model.off("change:view", onView);
    model.off("change:error", onError);
  };
}

export default { render };
