import { randomBytes } from 'node:crypto';
import { categories, products, type Tx, users } from '@mercato/db';
import { eq, sql } from 'drizzle-orm';
import { categoryNameKey, slugify } from '../catalog/category-name';
import { DEMO_CATEGORIES, DEMO_PRODUCTS, demoImageUrl } from './demo-data';

const DEMO_SELLER_EMAIL = 'demo-seller@mercato.invalid';

// Any constant: it only has to be the same in every process that seeds.
const SEED_LOCK = 7_340_003;

/**
 * The seller that owns demo and generated products. Its password hash is not
 * an Argon2 string, so no password ever logs in as it.
 */
export async function ensureDemoSeller(db: Tx): Promise<string> {
  await db
    .insert(users)
    .values({
      email: DEMO_SELLER_EMAIL,
      name: 'Mercato Demo Store',
      role: 'seller',
      passwordHash: `!unusable:${randomBytes(16).toString('hex')}`,
    })
    .onConflictDoNothing();
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, DEMO_SELLER_EMAIL));
  if (!row) throw new Error('demo seller missing');
  return row.id;
}

/** The demo categories by name, created when missing (names are unique case-insensitively). */
export async function ensureDemoCategories(db: Tx): Promise<Map<string, string>> {
  const byKey = new Map<string, string>();
  for (const c of DEMO_CATEGORIES) {
    await db.execute(sql`
      INSERT INTO ${categories} (name, name_key, slug, description)
      VALUES (${c.name}, ${categoryNameKey(c.name)}, ${slugify(c.name)}, ${c.description})
      ON CONFLICT DO NOTHING`);
  }
  const rows = await db.select({ id: categories.id, nameKey: categories.nameKey }).from(categories);
  for (const r of rows) byKey.set(r.nameKey, r.id);
  const ids = new Map<string, string>();
  for (const c of DEMO_CATEGORIES) {
    const id = byKey.get(categoryNameKey(c.name));
    if (!id) throw new Error(`category ${c.name} missing`);
    ids.set(c.name, id);
  }
  return ids;
}

/**
 * Seeds a few categories and ~50 products, only when the catalog has no
 * product yet (so it is safe on every start-up, from several processes at once).
 */
export async function seedDemoCatalog(
  db: Tx,
  opts: { sellerId?: string } = {},
): Promise<{ seeded: boolean; categories: number; products: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const [any] = await tx.select({ id: products.id }).from(products).limit(1);
    if (any) return { seeded: false, categories: 0, products: 0 };
    const sellerId = opts.sellerId ?? (await ensureDemoSeller(tx));
    const categoryIds = await ensureDemoCategories(tx);
    const start = Date.now() - DEMO_PRODUCTS.length * 60_000;
    await tx.insert(products).values(
      DEMO_PRODUCTS.map((d, i) => {
        const at = new Date(start + i * 60_000);
        return {
          sellerId,
          categoryId: categoryIds.get(d.category) ?? '',
          name: d.name,
          description: d.description,
          priceCents: d.priceCents,
          stock: d.stock,
          soldCount: d.soldCount,
          imageUrl: demoImageUrl(d.name),
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
    return { seeded: true, categories: categoryIds.size, products: DEMO_PRODUCTS.length };
  });
}
