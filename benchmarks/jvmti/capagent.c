/*
 * perfagent benchmarks: a minimal native JVMTI agent for the JDBC "empty agent" investigation.
 * -agentpath:capagent.so=<list>   creates one JVMTI environment and adds the named capabilities, nothing else:
 *   none                 no capability (the environment alone)
 *   redefine             can_redefine_classes
 *   retransform          can_retransform_classes
 *   method_order         can_maintain_original_method_order
 *   native_prefix        can_set_native_method_prefix
 *   all_class_hook       can_generate_all_class_hook_events
 *   tag                  can_tag_objects
 *   jplis                what the JDK's java.lang.instrument agent adds for a plain -javaagent jar
 * Build: gcc -shared -fPIC -I$JAVA_HOME/include -I$JAVA_HOME/include/linux -o capagent.so capagent.c
 */
#include <jvmti.h>
#include <stdio.h>
#include <string.h>

static int has(const char *options, const char *name) {
    return options != NULL && strstr(options, name) != NULL;
}

JNIEXPORT jint JNICALL Agent_OnLoad(JavaVM *vm, char *options, void *reserved) {
    jvmtiEnv *env = NULL;
    if ((*vm)->GetEnv(vm, (void **) &env, JVMTI_VERSION_1_2) != JNI_OK) {
        fprintf(stderr, "capagent: no JVMTI\n");
        return JNI_ERR;
    }
    jvmtiCapabilities potential, wanted;
    memset(&wanted, 0, sizeof(wanted));
    (*env)->GetPotentialCapabilities(env, &potential);
    if (has(options, "redefine")) wanted.can_redefine_classes = 1;
    if (has(options, "retransform")) wanted.can_retransform_classes = 1;
    if (has(options, "method_order") || has(options, "jplis")) {
        wanted.can_maintain_original_method_order = potential.can_maintain_original_method_order;
    }
    if (has(options, "native_prefix")) wanted.can_set_native_method_prefix = 1;
    if (has(options, "all_class_hook")) wanted.can_generate_all_class_hook_events = 1;
    if (has(options, "tag")) wanted.can_tag_objects = 1;
    jvmtiError error = (*env)->AddCapabilities(env, &wanted);
    fprintf(stderr, "capagent: options=%s AddCapabilities=%d\n", options == NULL ? "" : options, (int) error);
    return JNI_OK;
}
