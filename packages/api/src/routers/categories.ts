import { catalog } from '@mercato/core';
import { z } from 'zod';
import {
  categoryOutput,
  createCategoryInput,
  listCategoriesInput,
  pathId,
  updateCategoryInput,
} from '../schemas/catalog';
import { pageOf } from '../schemas/common';
import { adminProcedure, publicProcedure, router } from '../trpc';

const tags = ['categories'];

export const categoriesRouter = router({
  list: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/categories',
        tags,
        protect: false,
        summary: 'List categories, alphabetically',
        errorResponses: { 400: 'Invalid input' },
      },
    })
    .input(listCategoriesInput)
    .output(pageOf(categoryOutput))
    .query(({ ctx, input }) => catalog.listCategories(ctx.db, input)),

  byId: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/categories/{id}',
        tags,
        protect: false,
        summary: 'A category with its live product count',
        errorResponses: { 404: 'Unknown category' },
      },
    })
    .input(z.object({ id: pathId }))
    .output(categoryOutput)
    .query(({ ctx, input }) => catalog.getCategory(ctx.db, input.id)),

  create: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/categories',
        tags,
        summary: 'Create a category (admin); its slug is derived from the name',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          403: 'Not an admin',
          409: 'A category with this name (case-insensitive) exists',
        },
      },
      successStatus: 201,
      idempotent: true,
    })
    .input(createCategoryInput)
    .output(categoryOutput)
    .mutation(({ ctx, input }) => catalog.createCategory(ctx.db, input, ctx.now)),

  update: adminProcedure
    .meta({
      openapi: {
        method: 'PUT',
        path: '/categories/{id}',
        tags,
        summary: 'Rename or describe a category (admin); search follows the new name',
        errorResponses: {
          400: 'Invalid input',
          401: 'Missing or invalid access token',
          403: 'Not an admin',
          404: 'Unknown category',
          409: 'Another category has this name',
        },
      },
    })
    .input(updateCategoryInput)
    .output(categoryOutput)
    .mutation(({ ctx, input }) => catalog.updateCategory(ctx.db, input, ctx.now)),
});
