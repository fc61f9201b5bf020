#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#define EPERM		1
#define ENOENT		2
#define EIO		5
#define ENXIO		6
#define E2BIG		7
#define ENOMEM		12
#define EFAULT		14
#define EBUSY		16
#define EEXIST		17
#define ENODEV		19
#define EINVAL		22
#define ENOSPC		28
#define ERANGE		34
#define ENOSYS		38
#define ESHUTDOWN	108
#define ETIMEDOUT	110

/* Kernel-internal: "try again once something else has probed". */
#define EPROBE_DEFER	517

#endif /* _LINUX_ERRNO_H */
