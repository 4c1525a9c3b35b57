// The operator console: the garage pushes its view over Server-Sent Events; actions go to the
// operator APIs with this session's CSRF token. Every value is set as text (never as markup).
(function () {
  "use strict";
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const notice = document.getElementById("notice");

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function say(text, error) {
    notice.textContent = text;
    notice.className = error ? "error" : "";
  }

  async function act(url, body) {
    const r = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    });
    let answer = {};
    try { answer = await r.json(); } catch (e) { /* no body */ }
    if (!r.ok) {
      say("Refused (" + r.status + "): " + (answer.error || answer.message || r.statusText), true);
      return null;
    }
    return answer;
  }

  function modeButtons(lane) {
    const td = el("td");
    const reason = el("input");
    reason.placeholder = "reason";
    reason.className = "lane-reason";
    reason.maxLength = 500;
    td.appendChild(reason);
    [["LOCKED_CLOSED", "Lock"], ["HELD_OPEN", "Hold open"], ["NORMAL", "Normal"]].forEach(([mode, label]) => {
      const b = el("button", label);
      b.type = "button";
      b.dataset.lane = lane.id;
      b.dataset.mode = mode;
      b.className = "mode";
      b.addEventListener("click", async () => {
        const done = await act("/api/lanes/" + encodeURIComponent(lane.id) + "/mode",
          { mode: mode, reason: reason.value });
        if (done) say("Lane " + lane.id + " set to " + mode);
      });
      td.appendChild(b);
    });
    const plate = el("input");
    plate.placeholder = "plate";
    plate.className = "vend-plate";
    plate.maxLength = 16;
    const vend = el("button", "Vend");
    vend.type = "button";
    vend.className = "vend";
    vend.addEventListener("click", async () => {
      const done = await act("/api/lanes/" + encodeURIComponent(lane.id) + "/vend",
        { plate: plate.value.trim().toUpperCase(), reason: reason.value });
      if (done) say("Vend at " + lane.id + ": " + done.result);
    });
    td.append(plate, vend);
    return td;
  }

  function renderLanes(view) {
    const last = {};
    view.reads.forEach((r) => { if (!last[r.lane]) last[r.lane] = r; });
    const body = document.querySelector("#lanes tbody");
    if (body.contains(document.activeElement)) return; // the operator is typing a reason
    body.replaceChildren();
    view.lanes.forEach((l) => {
      const tr = el("tr");
      tr.id = "lane-" + l.id;
      tr.appendChild(el("td", l.name + " (" + l.id + ", " + l.direction + ")"));
      tr.appendChild(el("td", l.status, l.status));
      tr.appendChild(el("td", l.mode, "mode"));
      tr.appendChild(el("td", l.phase, "phase"));
      const s = l.sensors;
      tr.appendChild(el("td", s ? ["arming " + (s.armingLoop ? "occupied" : "clear"),
        "safety " + (s.safetyLoop ? "occupied" : "clear"),
        s.armUp ? "arm up" : (s.armDown ? "arm down" : "arm moving")].join(", ") : "unknown"));
      tr.appendChild(el("td", l.device.circuit + ", " + l.device.failures + " failures" +
        (l.lastError ? ": " + l.lastError : "")));
      const r = last[l.id];
      const readCell = el("td", r ? r.plate + " (" + Math.round(r.confidence * 100) + "%)" : "");
      if (r && r.frameId) {
        const img = el("img");
        img.src = "/api/frames/" + encodeURIComponent(r.frameId);
        img.alt = "last frame";
        img.width = 160;
        readCell.appendChild(el("br"));
        readCell.appendChild(img);
      }
      tr.appendChild(readCell);
      tr.appendChild(el("td", r && r.outcome ? r.outcome + " " + (r.rule || "") +
        (r.reason ? ": " + r.reason : "") : "", r ? r.outcome : ""));
      tr.appendChild(modeButtons(l));
      body.appendChild(tr);
    });
  }

  function renderPending(view) {
    const list = document.getElementById("pending");
    const typing = list.contains(document.activeElement);
    if (typing) return; // do not replace the form the operator is filling in
    list.replaceChildren();
    view.pending.forEach((p) => {
      const li = el("li");
      li.className = "pending";
      li.dataset.exception = p.exceptionId;
      li.dataset.kind = p.kind;
      if (p.frameId) {
        const img = el("img");
        img.src = "/api/frames/" + encodeURIComponent(p.frameId);
        img.alt = "image of the vehicle";
        li.appendChild(img);
      }
      const form = el("div");
      form.appendChild(el("div", p.kind + " at " + p.lane + ", " + p.raisedAt, "kind"));
      form.appendChild(el("div", p.readText ? "read as " + p.readText +
        (p.confidence != null ? " (" + Math.round(p.confidence * 100) + "%)" : "") : "no read", "read"));
      form.appendChild(el("div", p.detail, "hint"));
      const plate = el("input");
      plate.placeholder = "plate as seen";
      plate.className = "plate";
      plate.maxLength = 16;
      const reason = el("input");
      reason.placeholder = "reason";
      reason.className = "reason";
      reason.maxLength = 500;
      const b = el("button", "Correct");
      b.type = "button";
      b.className = "correct";
      b.addEventListener("click", async () => {
        const done = await act("/api/reads/corrections",
          { exceptionId: p.exceptionId, plate: plate.value.trim().toUpperCase(), reason: reason.value });
        if (done) {
          say("Corrected to " + done.correctedText +
            (done.decided ? ": " + done.decided.decision + " " + (done.decided.rule || "") : ""));
          li.remove();
        }
      });
      form.append(plate, reason, b);
      li.appendChild(form);
      list.appendChild(li);
    });
  }

  function renderExceptions(view) {
    const body = document.querySelector("#exceptions tbody");
    body.replaceChildren();
    view.exceptions.forEach((x) => {
      const tr = el("tr");
      tr.className = "exception " + x.kind;
      [x.raisedAt, x.lane, x.kind, x.detail].forEach((v) => tr.appendChild(el("td", v)));
      body.appendChild(tr);
    });
  }

  function renderReads(view) {
    const body = document.querySelector("#reads tbody");
    body.replaceChildren();
    view.reads.forEach((r) => {
      const tr = el("tr");
      [r.receivedAt, r.lane, r.plate, Math.round(r.confidence * 100) + "%"].forEach((v) =>
        tr.appendChild(el("td", v)));
      tr.appendChild(el("td", r.outcome || "waiting", r.outcome || ""));
      tr.appendChild(el("td", (r.rule || "") + (r.reason ? ": " + r.reason : "")));
      body.appendChild(tr);
    });
  }

  const stream = new EventSource("/console/events");
  stream.addEventListener("console", (e) => {
    const view = JSON.parse(e.data);
    document.getElementById("stream").textContent = "live";
    renderLanes(view);
    renderPending(view);
    renderExceptions(view);
    renderReads(view);
  });
  stream.onerror = () => {
    document.getElementById("stream").textContent = "reconnecting…";
  };

  document.getElementById("logout").addEventListener("click", async () => {
    await fetch("/console/logout", { method: "POST", headers: { "X-CSRF-Token": csrf } });
    window.location = "/console/login";
  });
})();
