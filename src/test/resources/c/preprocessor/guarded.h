/* A header with an include guard: including it twice defines everything once. */
#ifndef SNIPPET_GUARDED_H
#define SNIPPET_GUARDED_H

struct guarded {
	int value;
};

static int guarded_value = 7;

#define GUARDED_INCLUDES (GUARDED_INCLUDES_BEFORE + 1)

#endif /* SNIPPET_GUARDED_H */
