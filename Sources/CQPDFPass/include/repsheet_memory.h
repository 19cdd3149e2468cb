#ifndef REPSHEET_MEMORY_H
#define REPSHEET_MEMORY_H

#ifdef __cplusplus
extern "C" {
#endif

/// Has malloc keep freed memory for reuse instead of returning it to the system (glibc's trim
/// and mmap thresholds raised to 256 MB and 32 MB); does nothing elsewhere. A batch frees and
/// allocates the same buffers for every sheet (issue 19).
void repsheet_keep_freed_memory(void);

#ifdef __cplusplus
}
#endif

#endif
