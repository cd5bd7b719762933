// The official Tencent Cloud Node.js SDK, unmodified, against `imageconsole serve` on the
// sample workspace with the demo credentials. Exits non-zero at the first surprise.
const assert = require("node:assert/strict");
const tencentcloud = require("tencentcloud-sdk-nodejs-cvm");
const CvmClient = tencentcloud.cvm.v20170312.Client;

const endpoint = process.argv[2];
const client = (secretId, secretKey, region = "ap-guangzhou") =>
  new CvmClient({
    credential: { secretId, secretKey },
    region,
    profile: { httpProfile: { protocol: "http://", endpoint } },
  });
const owner = client("AKIDdemoPlatformEngineering0001", "demo-platform-engineering-secret-key");
const partner = client("AKIDdemoPartnerAnalytics000002", "demo-partner-analytics-secret-key");

async function refused(promise, code) {
  try {
    await promise;
  } catch (e) {
    assert.equal(e.code, code, `expected ${code}, got ${e.code}: ${e.message}`);
    return e;
  }
  assert.fail(`expected ${code}, but the call succeeded`);
}

(async () => {
  // List images with paging and filters.
  const first = await owner.DescribeImages({ Offset: 0, Limit: 5 });
  assert.equal(first.ImageSet.length, 5);
  const second = await owner.DescribeImages({ Offset: 5, Limit: 5 });
  assert.notEqual(first.ImageSet[0].ImageId, second.ImageSet[0].ImageId);
  const custom = await owner.DescribeImages({ Filters: [{ Name: "image-type", Values: ["PRIVATE_IMAGE"] }], Limit: 100 });
  assert.ok(custom.ImageSet.every((i) => i.ImageType === "PRIVATE_IMAGE"));
  const web = await owner.DescribeImages({ Filters: [{ Name: "image-name", Values: ["api-gateway"] }] });
  assert.equal(web.TotalCount, 1);
  const image = web.ImageSet[0].ImageId;
  // Tag filters, and image families: set on the image, then found by family.
  const tagged = await owner.DescribeImages({ Filters: [{ Name: "tag-key", Values: ["no-such-key"] }] });
  assert.equal(tagged.TotalCount, 0);
  await owner.ModifyImageAttribute({ ImageId: image, ImageFamily: "gateway" });
  const family = await owner.DescribeImageFromFamily({ ImageFamily: "gateway" });
  assert.equal(family.Image.ImageId, image);
  assert.equal(family.Image.ImageFamily, "gateway");
  await refused(owner.DescribeImages({ Limt: 5 }), "UnknownParameter");
  // Export to a bucket: a task, like an import in reverse.
  const exported = await owner.ExportImages({ BucketName: "images-1250000001", ImageIds: [image], ExportFormat: "QCOW2" });
  assert.ok(exported.TaskId && exported.CosPaths[0].endsWith("_system.qcow2"));
  await refused(owner.ExportImages({ BucketName: "images-1250000001", ImageIds: ["img-d6ncf10e"] }),
                "UnsupportedOperation.PublicImageExportUnsupported");
  await refused(owner.DescribeImages({ ImageIds: [image], Filters: [{ Name: "platform", Values: ["Ubuntu"] }] }),
                "InvalidParameter.InvalidParameterCoexistImageIdsFilters");

  // Share up to the limit, and one past it.
  const before = await owner.DescribeImageSharePermission({ ImageId: image });
  const already = before.SharePermissionSet.map((s) => s.AccountId);
  const customers = [];
  for (let n = 1; customers.length < 50 - already.length; ++n) {
    const id = "2000100000" + String(n).padStart(2, "0");
    if (!already.includes(id)) customers.push(id);
  }
  await owner.ModifyImageSharePermission({ ImageId: image, AccountIds: customers, Permission: "SHARE" });
  const full = await owner.DescribeImageSharePermission({ ImageId: image });
  assert.equal(full.SharePermissionSet.length, 50);
  await refused(owner.ModifyImageSharePermission({ ImageId: image, AccountIds: ["200010000055"], Permission: "SHARE" }), "OverQuota");
  // The seeds' rules where today's cloud differs (docs/api.md): the share limit is the
  // workspace's 50, and a shared image's name is locked for its owner too.
  await refused(owner.ModifyImageAttribute({ ImageId: image, ImageName: "api-gateway-renamed" }), "InvalidImageId.InShared");

  // The partner cannot see another account's private image at all (V1).
  const mine = await owner.DescribeImages({ Filters: [{ Name: "image-name", Values: ["analytics-notebook"] }] });
  assert.equal(mine.TotalCount, 0); // it is in ap-shanghai, not in ap-guangzhou
  await refused(partner.DescribeImageSharePermission({ ImageId: "img-zzzzzzzz" }), "InvalidImageId.NotFound");

  // X-TC-Region is enforced by every action: in another region the image is not there.
  const ownerInShanghai = client("AKIDdemoPlatformEngineering0001", "demo-platform-engineering-secret-key", "ap-shanghai");
  await refused(ownerInShanghai.DescribeImageSharePermission({ ImageId: image }), "InvalidImageId.NotFound");
  await refused(ownerInShanghai.ModifyImageAttribute({ ImageId: image, ImageDescription: "elsewhere" }), "InvalidImageId.NotFound");
  await refused(ownerInShanghai.SyncImages({ ImageIds: [image], DestinationRegions: ["ap-jakarta"] }), "InvalidImageId.NotFound");

  // Copy, with DryRun first: a DryRun that would pass answers the RequestId only, as CVM does.
  const dry = await owner.SyncImages({ ImageIds: [image], DestinationRegions: ["ap-beijing"], DryRun: true });
  assert.deepEqual(Object.keys(dry).filter((k) => k !== "RequestId"), []);
  const copy = await owner.SyncImages({ ImageIds: [image], DestinationRegions: ["ap-beijing"], ImageSetRequired: true });
  assert.equal(copy.ImageSet.length, 1);
  assert.equal(copy.ImageSet[0].Region, "ap-beijing");

  // Deleting is blocked while shared; cancel the sharing, then delete.
  const copied = (await owner.DescribeImages({ ImageIds: [image] })).ImageSet[0];
  assert.equal(copied.ImageState, "SYNCING");
  const shared = (await owner.DescribeImages({ Filters: [{ Name: "image-name", Values: ["win-iis-2022"] }] })).ImageSet[0].ImageId;
  await refused(owner.DeleteImages({ ImageIds: [shared] }), "InvalidImageId.InShared");
  const sharedWith = (await owner.DescribeImageSharePermission({ ImageId: shared })).SharePermissionSet.map((s) => s.AccountId);
  await owner.ModifyImageSharePermission({ ImageId: shared, AccountIds: sharedWith, Permission: "CANCEL" });
  await owner.DeleteImages({ ImageIds: [shared], DryRun: true });
  assert.equal((await owner.DescribeImages({ ImageIds: [shared] })).TotalCount, 1);
  await owner.DeleteImages({ ImageIds: [shared] });
  assert.equal((await owner.DescribeImages({ ImageIds: [shared] })).TotalCount, 0);

  // Every documented parameter is read or refused; an undocumented one is unknown.
  await refused(owner.DescribeImages({ Limit: 101 }), "InvalidParameterValue.LimitExceeded");
  // Instance types: an arm type runs only arm images; a launch needs a type that runs the image.
  const arm = await owner.DescribeImages({ InstanceType: "SR1.MEDIUM4", Filters: [{ Name: "image-type", Values: ["PUBLIC_IMAGE"] }] });
  assert.ok(arm.TotalCount >= 1 && arm.ImageSet.every((i) => i.Architecture === "arm"));
  await refused(owner.DescribeImages({ InstanceType: "XX9.MEDIUM4" }), "InvalidParameterValue.InstanceTypeNotFound");
  await refused(owner.RunInstances({ ImageId: "img-d6ncf10e", InstanceType: "SR1.MEDIUM4", Placement: { Zone: "ap-guangzhou-3" } }),
                "InvalidParameterValue.InvalidImageForGivenInstanceType");
  await refused(owner.RunInstances({ ImageId: "img-d6ncf10e", InstanceType: "SA5.MEDIUM4" }), "MissingParameter");
  await refused(owner.RunInstances({ ImageId: "img-d6ncf10e", Placement: { Zone: "ap-guangzhou-3" }, VirtualPrivateCloud: { VpcId: "vpc-1" } }),
                "UnsupportedOperation");
  const launched = await owner.RunInstances({ ImageId: "img-d6ncf10e", InstanceType: "SA5.MEDIUM4", InstanceChargeType: "POSTPAID_BY_HOUR",
                                              Placement: { Zone: "ap-guangzhou-3" }, InstanceName: "sdk-launched" });
  const [launchedId] = launched.InstanceIdSet;
  const byName = await owner.DescribeInstances({ Filters: [{ Name: "instance-name", Values: ["sdk-launched"] }, { Name: "zone", Values: ["ap-guangzhou-3"] }] });
  assert.equal(byName.TotalCount, 1);
  assert.equal(byName.InstanceSet[0].InstanceType, "SA5.MEDIUM4");
  assert.equal(byName.InstanceSet[0].CPU, 2);
  assert.equal(byName.InstanceSet[0].Memory, 4);
  await refused(owner.DescribeInstances({ InstanceIds: ["ins-1"] }), "InvalidInstanceId.Malformed");
  // The zones of the region, and terminating the instance launched above.
  const zones = await owner.DescribeZones({});
  assert.deepEqual(zones.ZoneSet.map((z) => z.Zone), ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6", "ap-guangzhou-7"]);
  await ownerInShanghai.TerminateInstances({ InstanceIds: ["ins-6mp6afqf"] }).then(
    () => assert.fail("terminated from another region"), (e) => assert.equal(e.code, "InvalidInstanceId.NotFound"));
  await owner.TerminateInstances({ InstanceIds: [launchedId] });
  assert.equal((await owner.DescribeInstances({ InstanceIds: [launchedId] })).TotalCount, 0);

  // A bad signature and an expired timestamp.
  await refused(client("AKIDdemoPlatformEngineering0001", "not-the-key").DescribeRegions({}), "AuthFailure.SignatureFailure");
  // The SDK reads the clock with new Date(): a clock ten minutes slow.
  const RealDate = Date;
  global.Date = class extends RealDate {
    constructor(...args) {
      if (args.length) super(...args);
      else super(RealDate.now() - 10 * 60 * 1000);
    }
    static now() { return RealDate.now() - 10 * 60 * 1000; }
  };
  await refused(owner.DescribeRegions({}), "AuthFailure.SignatureExpire");
  global.Date = RealDate;

  console.log(JSON.stringify({ ok: true, image, copy: copy.ImageSet[0].ImageId, deleted: shared }));
})().catch((e) => {
  console.error("FAILED:", e.code || "", e.message);
  process.exit(1);
});
