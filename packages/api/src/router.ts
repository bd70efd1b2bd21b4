import { authRouter } from './routers/auth';
import { categoriesRouter } from './routers/categories';
import { commentsRouter } from './routers/comments';
import { productsRouter } from './routers/products';
import { ratingsRouter } from './routers/ratings';
import { searchRouter } from './routers/search';
import { usersRouter } from './routers/users';
import { wishlistRouter } from './routers/wishlist';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  categories: categoriesRouter,
  products: productsRouter,
  search: searchRouter,
  wishlist: wishlistRouter,
  ratings: ratingsRouter,
  comments: commentsRouter,
});

export type AppRouter = typeof appRouter;
