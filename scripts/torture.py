#!/usr/bin/env python3
"""kill -9 during saves against `imageconsole serve`, and what it leaves on disk.

Each trial starts `serve` on a copy of a generated workspace, sends changes (renames of one
image, numbered) as fast as they are answered, and kills the server with SIGKILL at a random
moment. Then it reads what is on disk and counts:
  corrupt   the workspace file does not load (`imageconsole check` exits 2)
  lost      a change the server acknowledged is not in the file
  no backup the previous version of the file is on disk neither as .bak nor as .bak.new
  temp left a file in the folder that is none of the workspace, its backups and its journal
            archive; `ws.json.saving` (the new text, named, killed before its rename) is the
            console's own and counts only if it is still there after the next save
Usage: torture.py BINARY WORKDIR SECONDS [IMAGES]   (scripts/torture.sh builds and calls it)
Loopback only; bounded by SECONDS.
"""
import hashlib, hmac, json, os, random, shutil, signal, socket, subprocess, sys, threading, time
import http.client

SECRET_ID, SECRET_KEY = "AKIDtorture", "torture-secret"


def sign(action, body, host, now):
    def h(key, msg):
        return hmac.new(key, msg.encode(), hashlib.sha256).digest()
    date = time.strftime("%Y-%m-%d", time.gmtime(now))
    canonical = "\n".join(["POST", "/", "", "content-type:application/json\nhost:%s\n" % host,
                           "content-type;host", hashlib.sha256(body).hexdigest()])
    scope = "%s/cvm/tc3_request" % date
    to_sign = "\n".join(["TC3-HMAC-SHA256", str(now), scope,
                         hashlib.sha256(canonical.encode()).hexdigest()])
    key = h(h(h(("TC3" + SECRET_KEY).encode(), date), "cvm"), "tc3_request")
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return ("TC3-HMAC-SHA256 Credential=%s/%s, SignedHeaders=content-type;host, Signature=%s"
            % (SECRET_ID, scope, signature))


def call(port, action, params, region):
    body = json.dumps(params).encode()
    now = int(time.time())
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/", body, {
        "Content-Type": "application/json", "Host": "127.0.0.1",
        "X-TC-Action": action, "X-TC-Version": "2017-03-12", "X-TC-Region": region,
        "X-TC-Timestamp": str(now), "Authorization": sign(action, body, "127.0.0.1", now)})
    answer = json.loads(conn.getresponse().read())["Response"]
    conn.close()
    return answer


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def image_name(path, image_id):
    with open(path, "rb") as f:
        data = json.load(f)
    for img in data["images"]:
        if img["ImageId"] == image_id:
            return img["ImageName"]
    return None


def main():
    binary, work, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    images = int(sys.argv[4]) if len(sys.argv) > 4 else 20000
    os.makedirs(work, exist_ok=True)
    template = os.path.join(work, "template.json")
    subprocess.run([binary, "generate", "--images", str(images), "--seed", "7", template],
                   check=True, stdout=subprocess.DEVNULL)
    with open(template) as f:
        data = json.load(f)
    # One custom image that its owner may rename: not shared, Normal.
    target = next(i for i in data["images"] if i.get("OwnerAccountId") and not i.get("Shares")
                  and i.get("ImageState") == "NORMAL")
    owner, region, image_id = target["OwnerAccountId"], target["Region"], target["ImageId"]
    folder = os.path.join(work, "trial")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    workspace = os.path.join(folder, "ws.json")
    shutil.copy(template, workspace)
    credentials = os.path.join(work, "credentials.json")
    with open(credentials, "w") as f:
        json.dump({"credentials": [{"SecretId": SECRET_ID, "SecretKey": SECRET_KEY,
                                    "AccountId": owner}]}, f)
    os.chmod(credentials, 0o600)
    allowed = {"ws.json", "ws.json.bak", "ws.json.bak.new", "ws.json.journal-archive.jsonl",
               "ws.json.saving"}
    saving = os.path.join(folder, "ws.json.saving")
    stale = None  # the inode of a ws.json.saving a kill left, until a save has run

    counts = dict(trials=0, midsave=0, corrupt=0, lost=0, nobackup=0, templeft=0, acked=0,
                  saving=0)
    sequence = 0
    saves_seen = 0  # saves the server acknowledged since the workspace was copied
    deadline = time.time() + seconds
    rng = random.Random(11)
    while time.time() < deadline:
        counts["trials"] += 1
        port = free_port()
        server = subprocess.Popen([binary, "serve", workspace, "--listen", "127.0.0.1:%d" % port,
                                   "--credentials", credentials],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        server.stdout.readline()  # "Serving …": listening
        state = dict(acked=None, inflight=False, stop=False)

        def client():
            nonlocal sequence
            while not state["stop"]:
                sequence += 1
                name = "torture-%08d" % sequence
                state["inflight"] = True
                try:
                    answer = call(port, "ModifyImageAttribute",
                                  {"ImageId": image_id, "ImageName": name}, region)
                except Exception:
                    return
                state["inflight"] = False
                if "Error" not in answer:
                    state["acked"] = sequence
                    counts["acked"] += 1
                    nonlocal stale
                    if stale is not None:  # a save ran: a name a kill left must be gone
                        try:
                            if os.stat(saving).st_ino == stale:
                                counts["templeft"] += 1
                                print("left behind after a save: ws.json.saving")
                        except FileNotFoundError:
                            pass
                        stale = None

        thread = threading.Thread(target=client)
        thread.start()
        time.sleep(rng.uniform(0.05, 0.6))
        midsave = state["inflight"]
        server.send_signal(signal.SIGKILL)
        server.wait()
        state["stop"] = True
        thread.join()
        counts["midsave"] += midsave
        if state["acked"] is not None:
            saves_seen += 1

        check = subprocess.run([binary, "check", workspace], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        if check.returncode == 2:
            counts["corrupt"] += 1
            shutil.copy(template, workspace)  # go on from a sound file
            for extra in os.listdir(folder):
                if extra != "ws.json":
                    os.remove(os.path.join(folder, extra))
            saves_seen = 0
            continue
        name = image_name(workspace, image_id)
        on_disk = int(name.split("-")[1]) if name and name.startswith("torture-") else 0
        if state["acked"] is not None and on_disk < state["acked"]:
            counts["lost"] += 1
        present = set(os.listdir(folder))
        if "ws.json.saving" in present:
            counts["saving"] += 1
            stale = os.stat(saving).st_ino
        if saves_seen and not ({"ws.json.bak", "ws.json.bak.new"} & present):
            counts["nobackup"] += 1
        if present - allowed:
            counts["templeft"] += 1
            for extra in present - allowed:
                print("left behind:", extra, os.path.getsize(os.path.join(folder, extra)), "bytes")
                os.remove(os.path.join(folder, extra))

    print("trials %(trials)d, kills with a change in flight %(midsave)d, acknowledged changes "
          "%(acked)d" % counts)
    print("corrupt %(corrupt)d, lost acknowledged %(lost)d, missing backups %(nobackup)d, "
          "temp files left %(templeft)d (ws.json.saving after a kill %(saving)d, each gone at the "
          "next save)" % counts)
    bad = counts["corrupt"] + counts["lost"] + counts["nobackup"] + counts["templeft"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
