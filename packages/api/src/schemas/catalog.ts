import { catalog, INT4_MAX } from '@mercato/core';
import { z } from 'zod';
import { idSchema, optionalInput, pageInput } from './common';
import { httpUrl, strictBool, strictInt, text } from './text';

/** Path ids: anything that is not one of ours is a 404 (never a 400 or a 500). */
export const pathId = idSchema;

export const categoryOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string().describe('URL slug derived from the name'),
    description: z.string().nullable(),
    productCount: z.number().int().describe('Live (not deleted) products in the category'),
  })
  .meta({ id: 'Category' });

const categoryName = text(1, 100, { trim: true });
const categoryDescription = text(0, 1000).nullable();

export const createCategoryInput = z.object({
  name: categoryName,
  description: categoryDescription.optional(),
});

export const updateCategoryInput = z.object({
  id: pathId,
  name: categoryName.optional(),
  description: categoryDescription.optional(),
});

export const listCategoriesInput = optionalInput(z.object({ ...pageInput }));

export const productOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    priceCents: z.number().int().describe('Price in minor units of `currency`'),
    currency: z.string().describe('Lower-case ISO 4217 code of the store'),
    stock: z.number().int().describe('Units on hand'),
    categoryId: z.string(),
    categoryName: z.string(),
    imageUrl: z.string().nullable(),
    sellerId: z.string(),
    ratingAverage: z.number().nullable().describe('Mean rating, 2 decimals; null before the first rating'),
    ratingCount: z.number().int(),
    createdAt: z.string().describe('ISO 8601, UTC'),
    updatedAt: z.string().describe('ISO 8601, UTC'),
  })
  .meta({ id: 'Product' });

const productFields = {
  name: text(1, 200, { trim: true }),
  description: text(0, 5000).nullable(),
  priceCents: strictInt(0, INT4_MAX).describe('Integer minor units, >= 0'),
  stock: strictInt(0, INT4_MAX).describe('Integer units on hand, >= 0'),
  categoryId: z.string().max(100).describe('An existing category id'),
  imageUrl: httpUrl.nullable(),
};

export const createProductInput = z.object({
  ...productFields,
  description: productFields.description.optional(),
  imageUrl: productFields.imageUrl.optional(),
});

export const updateProductInput = z.object({
  id: pathId,
  name: productFields.name.optional(),
  description: productFields.description.optional(),
  priceCents: productFields.priceCents.optional(),
  stock: productFields.stock.optional(),
  categoryId: productFields.categoryId.optional(),
  imageUrl: productFields.imageUrl.optional(),
});

export const sortSchema = z
  .enum(catalog.PRODUCT_SORTS)
  .describe(
    'newest (default for lists), relevance (default for search with q), price_asc, price_desc, rating, popular',
  );

export const listProductsInput = optionalInput(
  z.object({
    ...pageInput,
    categoryId: z.string().max(100).optional(),
    sort: sortSchema.optional(),
  }),
);

const cents = strictInt(0, INT4_MAX);

export const searchInput = optionalInput(
  z
    .object({
      ...pageInput,
      q: z
        .string()
        .max(200, 'At most 200 characters')
        .describe('Words to find; prefixes and small typos match')
        .optional(),
      categoryId: z.string().max(100).optional(),
      minPriceCents: cents.optional(),
      maxPriceCents: cents.optional(),
      inStock: strictBool().describe('true: only products with stock > 0').optional(),
      sort: sortSchema.optional(),
    })
    .refine(
      (v) => v.minPriceCents === undefined || v.maxPriceCents === undefined || v.minPriceCents <= v.maxPriceCents,
      {
        message: 'minPriceCents must not exceed maxPriceCents',
        path: ['minPriceCents'],
      },
    ),
);
