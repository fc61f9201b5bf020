// Macros standing for a declarator or a member.
// expect: functions 0
// expect: has Macro DECLARE_BITMAP
// expect: has MacroCall LIST_HEAD
// expect: has Struct allocator
struct allocator {
	spinlock_t lock;
	DECLARE_BITMAP(used, 64);
	unsigned long base;
};

static LIST_HEAD(allocators);
