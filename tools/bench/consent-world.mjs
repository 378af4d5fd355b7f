// A synthetic world at the size the consent engine must handle: 200 data categories, 60 purposes,
// 6 operations, 100 recipients, 500 clauses and 100,000 members of whom 10% hold consent choices.
// Deterministic (seeded), so every run measures the same work.
const OPERATIONS = ['use', 'store', 'share', 'combine', 'profile', 'infer'];

export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` dotted ids: `roots` roots, each with children, each child with grandchildren. */
function hierarchy(prefix, count, roots) {
  const ids = [];
  for (let r = 0; ids.length < count && r < roots; r += 1) ids.push(`${prefix}${r}`);
  for (let r = 0; ids.length < count; r = (r + 1) % roots) {
    const parent = ids[r + roots * Math.floor(ids.length / (roots * 4))] ?? `${prefix}${r}`;
    ids.push(`${parent}.n${ids.length}`);
  }
  return ids;
}

export function buildWorld(lib, { seed = 42 } = {}) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const node = (id) => ({ id, label: { fr: id, en: id } });
  const categories = hierarchy('cat', 200, 20);
  const purposes = hierarchy('pur', 60, 8);
  const loaded = lib.loadTaxonomy({
    version: 'bench-1',
    categories: categories.map(node),
    purposes: purposes.map(node),
    operations: OPERATIONS.map(node),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  const recipients = Array.from({ length: 100 }, (_, n) => ({
    id: `svc${n}`,
    name: `Service ${n}`,
    kind: 'processor',
    jurisdiction: 'FR',
  }));
  const controls = ['none', 'opt-out', 'opt-in', 'explicit-opt-in'];
  const clauses = Array.from({ length: 500 }, (_, n) => {
    const effect = random() < 0.2 ? 'prohibit' : 'permit';
    const memberControl = effect === 'prohibit' ? 'none' : pick(controls);
    return {
      id: `clause-${String(n).padStart(3, '0')}`,
      effect,
      floor: false,
      dataCategories: [pick(categories), ...(random() < 0.3 ? [pick(categories)] : [])],
      purposes: [pick(purposes)],
      operations:
        random() < 0.3 ? 'all' : [pick(OPERATIONS), pick(OPERATIONS)].filter((v, i, a) => a.indexOf(v) === i),
      recipients:
        random() < 0.2
          ? 'all'
          : Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(recipients).id).filter(
              (v, i, a) => a.indexOf(v) === i,
            ),
      legalBasis: memberControl === 'none' ? 'contract' : 'consent',
      memberControl,
      duties:
        effect === 'permit'
          ? {
              retentionDays: 30 + Math.floor(random() * 700),
              ...(random() < 0.5 ? { pseudonymise: true } : {}),
            }
          : {},
      notice: { fr: 'notice', en: 'notice' },
      materialVersion: 1 + Math.floor(random() * 2),
    };
  });
  const memberIds = Array.from({ length: 100_000 }, (_, n) => `member${n}`);
  const withChoices = memberIds
    .filter((_, n) => n % 10 === 0)
    .map((memberId) => ({
      memberId,
      choices: [
        {
          scope: { category: pick(categories.slice(0, 20)) },
          state: random() < 0.7 ? 'allow' : 'deny',
          notices: Object.fromEntries(
            clauses.filter(() => random() < 0.05).map((clause) => [clause.id, clause.materialVersion]),
          ),
          explicit: random() < 0.5,
          method: 'web',
          givenAt: '2026-01-01T00:00:00Z',
        },
      ],
    }));
  const time = Date.parse('2026-06-01T00:00:00Z');
  const request = () => ({
    member: pick(memberIds),
    category: pick(categories),
    purpose: pick(purposes),
    operation: pick(OPERATIONS),
    recipient: pick(recipients).id,
    time,
  });
  /** A request inside some clause's cells, so the member layer and explanations are exercised. */
  const matchingRequest = () => {
    const clause = pick(clauses);
    return {
      member: pick(memberIds),
      category: pick(loaded.taxonomy.descendantsOrSelf('category', pick(clause.dataCategories))),
      purpose: pick(loaded.taxonomy.descendantsOrSelf('purpose', pick(clause.purposes))),
      operation: clause.operations === 'all' ? pick(OPERATIONS) : pick(clause.operations),
      recipient: clause.recipients === 'all' ? pick(recipients).id : pick(clause.recipients),
      time,
    };
  };
  return {
    taxonomy: loaded.taxonomy,
    recipients,
    clauses,
    memberIds,
    withChoices,
    request,
    matchingRequest,
    random,
    pick,
  };
}
