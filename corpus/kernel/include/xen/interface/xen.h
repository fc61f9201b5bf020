#ifndef __XEN_PUBLIC_XEN_H__
#define __XEN_PUBLIC_XEN_H__

/* What the hypervisor tells a domain at start (the part the model reads). */
struct start_info {
	unsigned long flags;	/* SIF_xxx flags */
};

#define SIF_PRIVILEGED	(1<<0)	/* Is the domain privileged? */
#define SIF_INITDOMAIN	(1<<1)	/* Is this the initial control domain? */

#endif /* __XEN_PUBLIC_XEN_H__ */
