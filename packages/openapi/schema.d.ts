// Generated from openapi.json by openapi-typescript (`pnpm openapi:generate`). Do not edit.

export interface paths {
    "/users/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: operations["auth-register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password */
        post: operations["auth-login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token for a new pair (the old one is retired) */
        post: operations["auth-refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the login that this refresh token belongs to
         * @description The refresh token alone is enough (no access token needed, so an expired session can still sign out). An unknown token answers 200 too.
         */
        post: operations["auth-logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The authenticated user */
        get: operations["auth-me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (admin) */
        get: operations["users-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user’s role (admin); a demotion revokes the user’s refresh tokens */
        patch: operations["users-updateRole"];
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Deactivate or reactivate a user (admin)
         * @description A deactivated user cannot log in (403) or refresh (401; every refresh token is revoked), and their access tokens are refused at once (401).
         */
        patch: operations["users-update"];
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List categories, alphabetically */
        get: operations["categories-list"];
        put?: never;
        /** Create a category (admin); its slug is derived from the name */
        post: operations["categories-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A category with its live product count */
        get: operations["categories-byId"];
        /** Rename or describe a category (admin); search follows the new name */
        put: operations["categories-update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List live products (keyset pages; newest first by default)
         * @description sort=relevance ranks by a search text, so a list refuses it (400): use GET /search with q.
         */
        get: operations["products-list"];
        put?: never;
        /** Create a product (admin or seller); the caller becomes its seller */
        post: operations["products-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product */
        get: operations["products-byId"];
        /** Change any subset of a product’s fields (admin or owning seller) */
        put: operations["products-update"];
        post?: never;
        /** Delete a product (admin or owning seller); past orders keep their lines */
        delete: operations["products-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search live products by words, prefixes and near-miss spellings, with filters and sorts
         * @description Words match the name, category name and description (in that order of weight); each word also matches as a prefix. When the words find fewer than 3 products, a word the catalog does not know (not even as a prefix) also matches its closest known words (one edit for 4 to 5 characters, two for longer words; swapping two adjacent letters is one edit), and names similar to the query (trigram similarity) are included too. Only letters and digits of `q` are used.
         */
        get: operations["search-query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wishlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s wishlist, newest first (deleted products left out) */
        get: operations["wishlist-list"];
        put?: never;
        /** Add a product to the caller’s wishlist (adding twice keeps one entry) */
        post: operations["wishlist-add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wishlist/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a product from the caller’s wishlist (idempotent) */
        delete: operations["wishlist-remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate a product 1..5; a second rating by the same user replaces the first */
        post: operations["ratings-upsert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product’s ratings, newest first, with its average and count */
        get: operations["ratings-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a product (1..2000 characters, stored as written) */
        post: operations["comments-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product’s comments, newest first */
        get: operations["comments-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s cart, at live prices */
        get: operations["cart-get"];
        put?: never;
        /** Add units of a product (adds to the line of a product already in the cart) */
        post: operations["cart-add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cart/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the quantity of a cart line */
        put: operations["cart-update"];
        post?: never;
        /** Remove a cart line */
        delete: operations["cart-remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/create-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a checkout: hold the cart’s stock in a pending_payment order and open a payment session
         * @description The order keeps a snapshot of names, prices and quantities; its stock is held until `expiresAt` (CHECKOUT_TTL_MINUTES). A new checkout by the same user gives back the previous hold. `success_url` and `cancel_url` are accepted as aliases.
         */
        post: operations["checkout-createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/confirm-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a payment with the provider and answer the paid order
         * @description The provider is asked for the session; the caller’s word is never taken. `sessionId` (or `session_id`) may also be sent in the query string. Safe to repeat (a paid order is finalized once), so it takes no Idempotency-Key: a stored 402 would hide the payment from a client that polls.
         */
        post: operations["checkout-confirmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/session/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A checkout session’s state, in Stripe’s words */
        get: operations["checkout-session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s orders, newest first (every user’s with scope=all, for an admin) */
        get: operations["orders-list"];
        put?: never;
        /**
         * Deprecated: place a pending_payment order from the cart without a payment session
         * @deprecated
         * @description Holds the stock like a checkout until CHECKOUT_TTL_MINUTES pass. Use POST /checkout/create-session, which also opens the payment.
         */
        post: operations["orders-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order: the caller’s own, or any for an admin */
        get: operations["orders-byId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every user’s orders, newest first (admin) */
        get: operations["orders-adminList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move an order along: pending_payment→cancelled, paid→shipped, shipped→delivered (admin)
         * @description Shipping e-mails the buyer a shipping notice with the tracking number.
         */
        patch: operations["orders-updateStatus"];
        trace?: never;
    };
    "/orders/{orderId}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a paid order in full (admin): units back in stock, refund notice e-mailed */
        post: operations["orders-refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background jobs that used up their retries, newest first (admin)
         * @description Order e-mails, refunds of late payments and the other jobs retry with backoff; these gave up.
         */
        get: operations["jobs-failed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checkout/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products to suggest to the caller: never one they bought, out of stock, deleted or their own; varied categories */
        get: operations["recommendations-suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddressInput: {
            name: string;
            line1: string;
            line2?: string | null;
            city: string;
            postalCode: string;
            state?: string | null;
            country: string;
        };
        AuthResult: {
            accessToken: string;
            refreshToken: string;
            /** @description Access token lifetime in seconds */
            expiresIn: number;
            user: components["schemas"]["User"];
        };
        User: {
            id: string;
            email: string;
            name: string | null;
            /** @enum {string} */
            role: "customer" | "seller" | "admin";
            /** @description False once an admin deactivated the account */
            isActive: boolean;
            /** @description ISO 8601, UTC */
            createdAt: string;
        };
        TokenPair: {
            accessToken: string;
            refreshToken: string;
            /** @description Access token lifetime in seconds */
            expiresIn: number;
        };
        Category: {
            id: string;
            name: string;
            /** @description URL slug derived from the name */
            slug: string;
            description: string | null;
            /** @description Live (not deleted) products in the category */
            productCount: number;
        };
        Product: {
            id: string;
            name: string;
            description: string | null;
            /** @description Price in minor units of `currency` */
            priceCents: number;
            /** @description Lower-case ISO 4217 code of the store */
            currency: string;
            /** @description Units on hand */
            stock: number;
            categoryId: string;
            categoryName: string;
            imageUrl: string | null;
            sellerId: string;
            /** @description Mean rating, 2 decimals; null before the first rating */
            ratingAverage: number | null;
            ratingCount: number;
            /** @description ISO 8601, UTC */
            createdAt: string;
            /** @description ISO 8601, UTC */
            updatedAt: string;
        };
        WishlistItem: {
            productId: string;
            product: components["schemas"]["Product"];
            /** @description ISO 8601, UTC */
            addedAt: string;
        };
        Rating: {
            id: string;
            productId: string;
            userId: string;
            authorName: string;
            rating: number;
            review: string | null;
            /** @description The author bought the product */
            verifiedPurchase: boolean;
            /** @description ISO 8601, UTC */
            createdAt: string;
            /** @description ISO 8601, UTC; changes when the author replaces the rating */
            updatedAt: string;
        };
        Comment: {
            id: string;
            productId: string;
            userId: string;
            authorName: string;
            /** @description As written: plain text, never rendered as HTML by the server */
            body: string;
            /** @description ISO 8601, UTC */
            createdAt: string;
        };
        Cart: {
            items: components["schemas"]["CartLine"][];
            /** @description Sum of the lines that can be bought now, in minor units of `currency` */
            subtotalCents: number;
            /** @description Lower-case ISO 4217 code */
            currency: string;
            /** @description Every line is in stock: checkout would not refuse it for stock */
            checkoutReady: boolean;
        };
        CartLine: {
            /** @description The cart line id (for PUT/DELETE /cart/{itemId}) */
            id: string;
            productId: string;
            quantity: number;
            product: components["schemas"]["Product"];
            /** @description Live unit price × quantity, in minor units of `currency` */
            lineTotalCents: number;
            /**
             * @description short: fewer units are available than asked; unavailable: deleted or sold out
             * @enum {string}
             */
            availability: "in_stock" | "short" | "unavailable";
        };
        CheckoutSession: {
            sessionId: string;
            /** @description Where the buyer pays */
            url: string;
            orderId: string;
            /** @description The order total, in minor units of `currency` */
            amountTotalCents: number;
            /** @description Lower-case ISO 4217 code */
            currency: string;
            /** @description ISO 8601: the end of the stock hold and of the session */
            expiresAt: string;
        };
        Order: {
            id: string;
            userId: string;
            /** @enum {string} */
            status: "pending_payment" | "paid" | "shipped" | "delivered" | "cancelled" | "expired" | "payment_failed" | "refunded";
            /** @enum {string} */
            paymentStatus: "pending" | "paid" | "failed" | "refunded";
            items: {
                productId: string;
                /** @description As it was when the order was placed */
                name: string;
                /** @description Unit price when the order was placed, in minor units of `currency` */
                unitPriceCents: number;
                quantity: number;
                /** @description unitPriceCents × quantity, in minor units of `currency` */
                lineTotalCents: number;
            }[];
            /** @description The order total, in minor units of `currency` */
            totalCents: number;
            /** @description Lower-case ISO 4217 code */
            currency: string;
            address: components["schemas"]["Address"];
            /** @description The payment provider’s checkout session id */
            stripeSessionId: string | null;
            trackingNumber: string | null;
            /** @description ISO 8601: until when a pending order holds its stock */
            holdExpiresAt: string;
            createdAt: string;
            updatedAt: string;
            paidAt: string | null;
        };
        Address: {
            name: string;
            line1: string;
            line2?: string | null;
            city: string;
            postalCode: string;
            state?: string | null;
            /** @description ISO 3166-1 alpha-2, upper case */
            country: string;
        };
        CheckoutSessionState: {
            sessionId: string;
            /** @enum {string} */
            status: "open" | "complete" | "expired";
            /** @enum {string} */
            paymentStatus: "paid" | "unpaid" | "no_payment_required";
            /** @description The session total, in minor units of `currency` */
            amountTotalCents: number;
            /** @description Lower-case ISO 4217 code */
            currency: string;
            orderId: string;
        };
        FailedJob: {
            id: string;
            /** @description e.g. order-notice, payment-refund, mail-welcome */
            queue: string;
            /** @description The job payload */
            data: unknown;
            /** @description What the last attempt threw */
            error: string | null;
            retryCount: number;
            createdAt: string;
            failedAt: string | null;
        };
        Suggestion: {
            id: string;
            name: string;
            description: string | null;
            /** @description Price in minor units of `currency` */
            priceCents: number;
            /** @description Lower-case ISO 4217 code of the store */
            currency: string;
            /** @description Units on hand */
            stock: number;
            categoryId: string;
            categoryName: string;
            imageUrl: string | null;
            sellerId: string;
            /** @description Mean rating, 2 decimals; null before the first rating */
            ratingAverage: number | null;
            ratingCount: number;
            /** @description ISO 8601, UTC */
            createdAt: string;
            /** @description ISO 8601, UTC */
            updatedAt: string;
            /** @description Why it is suggested, e.g. "bought together with Lamp" */
            reason?: string;
        };
        /** @description One failing field of the input */
        ErrorIssue: {
            /** @description Where in the input, e.g. ["address", "country"]; ["input"] for the input as a whole */
            path: (string | number)[];
            /** @description What is wrong, for a human */
            message: string;
            /** @description The validator’s issue code, e.g. too_small, invalid_type, custom */
            code: string;
        };
        /** @description Every error answer. `code` is the tRPC code, the same one the tRPC client sees. */
        Error: {
            /** @enum {string} */
            code: "BAD_REQUEST" | "PARSE_ERROR" | "UNAUTHORIZED" | "PAYMENT_REQUIRED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_SUPPORTED" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "TOO_MANY_REQUESTS" | "INTERNAL_SERVER_ERROR" | "BAD_GATEWAY" | "SERVICE_UNAVAILABLE";
            /** @description A human message; never a stack, SQL or driver text */
            message: string;
            /** @description The failing fields, on input errors (400 BAD_REQUEST) only */
            issues?: components["schemas"]["ErrorIssue"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "auth-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    name?: string;
                    /**
                     * @description customer (default) or seller; asking for admin is refused with 403
                     * @enum {string}
                     */
                    role?: "customer" | "seller";
                };
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResult"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin role was asked for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "The admin role was asked for"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Email already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "Email already registered"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limited; or: too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Rate limited; or: too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResult"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Wrong email or password"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed logins; or: too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many failed logins; or: too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown, expired, revoked or reused refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Unknown, expired, revoked or reused refresh token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth-me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The user no longer exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "The user no longer exists"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                role?: "customer" | "seller" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users-updateRole": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "customer" | "seller" | "admin";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown user"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An admin cannot change their own role, nor demote the last admin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "An admin cannot change their own role, nor demote the last admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description false deactivates the account (it cannot log in, refresh or call anything); true reactivates it */
                    isActive: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown user"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An admin cannot deactivate themselves, nor the last active admin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "An admin cannot deactivate themselves, nor the last active admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "categories-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Category"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "categories-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A category with this name (case-insensitive) exists; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "A category with this name (case-insensitive) exists; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "categories-byId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Unknown category */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown category"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "categories-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown category */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown category"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another category has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "Another category has this name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "products-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                categoryId?: string;
                sort?: "newest" | "relevance" | "price_asc" | "price_desc" | "rating" | "popular";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Product"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input or cursor"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "products-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                    /** @description Integer minor units, >= 0 */
                    priceCents: number;
                    /** @description Integer units on hand, >= 0 */
                    stock: number;
                    /** @description An existing category id */
                    categoryId: string;
                    imageUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid input (or unknown categoryId); or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input (or unknown categoryId); or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin or a seller */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin or a seller"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "products-byId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Unknown or deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "products-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    /** @description Integer minor units, >= 0 */
                    priceCents?: number;
                    /** @description Integer units on hand, >= 0 */
                    stock?: number;
                    /** @description An existing category id */
                    categoryId?: string;
                    imageUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid input (or unknown categoryId); or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input (or unknown categoryId); or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin or the seller who owns the product */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin or the seller who owns the product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown or deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "products-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid input (or unknown categoryId) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input (or unknown categoryId)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin or the seller who owns the product */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin or the seller who owns the product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown or already deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or already deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "search-query": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                categoryId?: string;
                minPriceCents?: number;
                maxPriceCents?: number;
                inStock?: boolean;
                sort?: "newest" | "relevance" | "price_asc" | "price_desc" | "rating" | "popular";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Product"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input or cursor"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "wishlist-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WishlistItem"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input or cursor"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "wishlist-add": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Opaque id */
                    productId: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishlistItem"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown or deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "wishlist-remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque id */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ratings-upsert": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Opaque id */
                    productId: string;
                    /** @description Integer 1..5 */
                    rating: number;
                    review?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller is the product’s seller: sellers cannot rate their own products */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "The caller is the product’s seller: sellers cannot rate their own products"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown or deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ratings-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Rating"][];
                        nextCursor: string | null;
                        /** @description Mean rating, 2 decimals; null without ratings */
                        average: number | null;
                        count: number;
                    };
                };
            };
            /** @description Invalid input or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input or cursor"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown or deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "comments-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Opaque id */
                    productId: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown or deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "The Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "comments-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Opaque id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input or cursor"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown or deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cart-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cart-add": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    productId: string;
                    /** @description Units, >= 1 (at most MAX_LINE_QUANTITY per line, default 100) */
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Invalid input, or more than MAX_LINE_QUANTITY units in the line; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input, or more than MAX_LINE_QUANTITY units in the line; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown or deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown or deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description More units than are available; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "More units than are available; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cart-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Units, >= 1 (at most MAX_LINE_QUANTITY per line, default 100) */
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Invalid input, or more than MAX_LINE_QUANTITY units; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input, or more than MAX_LINE_QUANTITY units; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown cart line (or another user’s), or a deleted product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown cart line (or another user’s), or a deleted product"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description More units than are available */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "More units than are available"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cart-remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown cart line (or another user’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown cart line (or another user’s)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "checkout-createSession": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description Absolute http(s) URL; `{CHECKOUT_SESSION_ID}` is replaced by the session id
                     */
                    successUrl?: string;
                    /**
                     * Format: uri
                     * @description Absolute http(s) URL; `{CHECKOUT_SESSION_ID}` is replaced by the session id
                     */
                    cancelUrl?: string;
                    /**
                     * Format: uri
                     * @description Alias of successUrl
                     */
                    success_url?: string;
                    /**
                     * Format: uri
                     * @description Alias of cancelUrl
                     */
                    cancel_url?: string;
                    address: components["schemas"]["AddressInput"];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSession"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Empty cart, not enough stock, or a line over MAX_LINE_QUANTITY; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "Empty cart, not enough stock, or a line over MAX_LINE_QUANTITY; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many open checkouts from this address (CHECKOUT_HOLDS_PER_IP); or: too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many open checkouts from this address (CHECKOUT_HOLDS_PER_IP); or: too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The payment provider failed; nothing is held or charged */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_GATEWAY",
                     *       "message": "The payment provider failed; nothing is held or charged"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "checkout-confirmPayment": {
        parameters: {
            query?: {
                /** @description May be sent here instead of in the body */
                sessionId?: string;
                /** @description May be sent here instead of in the body */
                session_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    sessionId?: string;
                    /** @description Alias of sessionId */
                    session_id?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session is not paid yet */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYMENT_REQUIRED",
                     *       "message": "The session is not paid yet"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown session, or another user’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown session, or another user’s"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The checkout expired or was replaced before it was paid */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "The checkout expired or was replaced before it was paid"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The payment provider could not be asked */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_GATEWAY",
                     *       "message": "The payment provider could not be asked"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "checkout-session": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSessionState"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown session, or another user’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown session, or another user’s"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The payment provider could not be asked */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_GATEWAY",
                     *       "message": "The payment provider could not be asked"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "orders-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "pending_payment" | "paid" | "shipped" | "delivered" | "cancelled" | "expired" | "payment_failed" | "refunded";
                scope?: "mine" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Order"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input or cursor"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description scope=all from a non-admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "scope=all from a non-admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "orders-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: components["schemas"]["AddressInput"];
                };
            };
        };
        responses: {
            /** @description Successful response */
            201: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Empty cart, not enough stock, or a line over MAX_LINE_QUANTITY; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "Empty cart, not enough stock, or a line over MAX_LINE_QUANTITY; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many open checkouts from this address; or: too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many open checkouts from this address; or: too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "orders-byId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown order, or another user’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown order, or another user’s"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "orders-adminList": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "pending_payment" | "paid" | "shipped" | "delivered" | "cancelled" | "expired" | "payment_failed" | "refunded";
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Order"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input or cursor"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "orders-updateStatus": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "pending_payment" | "paid" | "shipped" | "delivered" | "cancelled" | "expired" | "payment_failed" | "refunded";
                    trackingNumber?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Invalid input; or: the body is not valid JSON (PARSE_ERROR) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input; or: the body is not valid JSON (PARSE_ERROR)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown order"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Illegal transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "Illegal transition"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than the server’s BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "message": "The body is larger than the server’s BODY_LIMIT_BYTES"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "message": "The body is not application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "orders-refund": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1-255 visible ASCII characters). The same key with the same body within 24 h replays the first answer (with `Idempotent-Replayed: true`); keys are per user. */
                "Idempotency-Key"?: string;
            };
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    /** @description `true` when this answer is the replay of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Unknown order"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The order has no payment to refund; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "CONFLICT",
                     *       "message": "The order has no payment to refund; or: the Idempotency-Key was used with another method, path or body, or its first request still runs (then with Retry-After: 1)"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The payment provider did not take the refund; nothing changed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_GATEWAY",
                     *       "message": "The payment provider did not take the refund; nothing changed"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "jobs-failed": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                queue?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FailedJob"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input or cursor"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "FORBIDDEN",
                     *       "message": "Not an admin"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "recommendations-suggestions": {
        parameters: {
            query?: {
                limit?: number;
                productId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Suggestion"][];
                        /**
                         * @description `personalized` when the caller has purchase history (paid orders), else `popular`; a `productId` context or cart lines rank by “bought together” either way
                         * @enum {string}
                         */
                        strategy: "personalized" | "popular";
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "BAD_REQUEST",
                     *       "message": "Invalid input"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "UNAUTHORIZED",
                     *       "message": "Missing or invalid access token"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Malformed context product id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "NOT_FOUND",
                     *       "message": "Malformed context product id"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "message": "Too many requests from this client address (RATE_LIMIT_PER_MINUTE); see Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A fault of the server; the body carries no detail */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "message": "A fault of the server; the body carries no detail"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every database connection stayed busy for as long as a request may wait; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "message": "Every database connection stayed busy for as long as a request may wait; retry after Retry-After"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
