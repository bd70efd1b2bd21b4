import { authRouter } from './routers/auth';
import { cartRouter } from './routers/cart';
import { categoriesRouter } from './routers/categories';
import { checkoutRouter } from './routers/checkout';
import { commentsRouter } from './routers/comments';
import { jobsRouter } from './routers/jobs';
import { ordersRouter } from './routers/orders';
import { productsRouter } from './routers/products';
import { ratingsRouter } from './routers/ratings';
import { recommendationsRouter } from './routers/recommendations';
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
  cart: cartRouter,
  checkout: checkoutRouter,
  orders: ordersRouter,
  jobs: jobsRouter,
  recommendations: recommendationsRouter,
});

export type AppRouter = typeof appRouter;
