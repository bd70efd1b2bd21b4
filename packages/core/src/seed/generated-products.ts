import { DEMO_CATEGORIES } from './demo-data';

/** Words per category for generated benchmark products: brand x adjective x noun. */
const VOCAB: Record<string, { nouns: string[]; adjectives: string[] }> = {
  Audio: {
    nouns: ['Headphones', 'Earbuds', 'Speaker', 'Soundbar', 'Turntable', 'Microphone', 'Amplifier', 'Subwoofer'],
    adjectives: ['Wireless', 'Noise-Cancelling', 'Portable', 'Studio', 'Bluetooth', 'Hi-Fi', 'Compact', 'Waterproof'],
  },
  Computers: {
    nouns: ['Laptop', 'Monitor', 'Keyboard', 'Mouse', 'Webcam', 'Docking Station', 'SSD', 'Router'],
    adjectives: ['Gaming', 'Ultrathin', 'Ergonomic', 'Mechanical', '4K', 'Wireless', 'Curved', 'Portable'],
  },
  'Phones & Wearables': {
    nouns: ['Smartwatch', 'Fitness Tracker', 'Smartphone', 'Charger', 'Power Bank', 'Phone Case', 'Tablet', 'E-Reader'],
    adjectives: ['Rugged', 'Slim', 'Fast-Charging', 'Magnetic', 'Waterproof', 'Unlocked', 'Solar', 'Foldable'],
  },
  'Home & Kitchen': {
    nouns: ['Espresso Machine', 'Coffee Grinder', 'Skillet', 'Cookware Set', 'Air Fryer', 'Kettle', 'Blender', 'Knife'],
    adjectives: ['Stainless', 'Cast Iron', 'Electric', 'Non-Stick', 'Programmable', 'Ceramic', 'Cordless', 'Digital'],
  },
  'Sports & Outdoors': {
    nouns: ['Running Shoes', 'Yoga Mat', 'Dumbbells', 'Tent', 'Water Bottle', 'Backpack', 'Helmet', 'Sleeping Bag'],
    adjectives: ['Ultralight', 'Insulated', 'Adjustable', 'Trail', 'All-Weather', 'Reflective', 'Packable', 'Pro'],
  },
  'Clothing & Shoes': {
    nouns: ['Sweater', 'Rain Jacket', 'Sneakers', 'T-Shirt', 'Jeans', 'Puffer Jacket', 'Boots', 'Beanie'],
    adjectives: ['Merino', 'Organic Cotton', 'Waterproof', 'Slim Fit', 'Relaxed', 'Recycled', 'Thermal', 'Classic'],
  },
};

const BRANDS = ['Aurora', 'Northwind', 'Kestrel', 'Lumen', 'Solace', 'Vantage', 'Orbit', 'Ember', 'Tidal', 'Summit'];
const COLORS = ['Black', 'White', 'Slate', 'Navy', 'Olive', 'Sand', 'Crimson', 'Teal'];

/** A 32-bit integer hash: deterministic per index, spread well enough for prices and stock. */
function hash(i: number, salt: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ salt;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const pick = <T>(list: readonly T[], i: number, salt: number): T => list[hash(i, salt) % list.length] as T;

export interface GeneratedProduct {
  /** Index into DEMO_CATEGORIES. */
  categoryIndex: number;
  category: string;
  name: string;
  description: string;
  priceCents: number;
  stock: number;
  soldCount: number;
}

export function generatedProduct(i: number): GeneratedProduct {
  const categoryIndex = i % DEMO_CATEGORIES.length;
  const category = DEMO_CATEGORIES[categoryIndex]?.name ?? 'Audio';
  const vocab = VOCAB[category] ?? { nouns: ['Item'], adjectives: ['Classic'] };
  const brand = pick(BRANDS, i, 1);
  const adjective = pick(vocab.adjectives, i, 2);
  const noun = pick(vocab.nouns, i, 3);
  const color = pick(COLORS, i, 4);
  const model = 100 + (hash(i, 5) % 900);
  return {
    categoryIndex,
    category,
    name: `${brand} ${adjective} ${noun} ${model}, ${color}`,
    description: `${adjective} ${noun.toLowerCase()} by ${brand} in ${color.toLowerCase()}, model ${model}.`,
    priceCents: 499 + (hash(i, 6) % 200_000),
    stock: hash(i, 7) % 10 === 0 ? 0 : hash(i, 8) % 250,
    soldCount: hash(i, 9) % 5_000,
  };
}
