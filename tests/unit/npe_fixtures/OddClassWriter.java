// Writes class files javac never produces, for NPE-message cases that need them: stack
// shuffles (swap, dup2_x2...), monitorexit, invokedynamic and dynamic-constant results, stores
// to `this`, wide locals, blocks reached only by back edges, jsr/ret, LocalVariableTable
// corner cases. Uses the ASM copy inside java.base, so run it as
//   java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED OddClassWriter DIR...
// Every static no-argument probe_* method throws exactly one NullPointerException.
import static jdk.internal.org.objectweb.asm.Opcodes.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.ConstantDynamic;
import jdk.internal.org.objectweb.asm.Handle;
import jdk.internal.org.objectweb.asm.Label;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Type;

public class OddClassWriter {
  static final String OBJ = "java/lang/Object";

  static MethodVisitor begin(ClassWriter cw, int access, String name, String desc) {
    MethodVisitor mv = cw.visitMethod(access, name, desc, null, null);
    mv.visitCode();
    return mv;
  }

  static void end(MethodVisitor mv) {
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  static void hashCodeAndReturn(MethodVisitor mv) {
    mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "hashCode", "()I", false);
    mv.visitInsn(IRETURN);
  }

  // A probe that pushes arguments and calls owner.name(desc) statically, dropping the result.
  static void probe(ClassWriter cw, String owner, String name, String desc, Consumer<MethodVisitor> args) {
    MethodVisitor mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "probe_" + name, "()V");
    args.accept(mv);
    mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
    int size = Type.getReturnType(desc).getSize();
    if (size == 1) mv.visitInsn(POP);
    if (size == 2) mv.visitInsn(POP2);
    mv.visitInsn(RETURN);
    end(mv);
  }

  static void constructor(ClassWriter cw) {
    MethodVisitor mv = begin(cw, ACC_PUBLIC, "<init>", "()V");
    mv.visitVarInsn(ALOAD, 0);
    mv.visitMethodInsn(INVOKESPECIAL, OBJ, "<init>", "()V", false);
    mv.visitInsn(RETURN);
    end(mv);
  }

  static Consumer<MethodVisitor> nulls(int count) {
    return mv -> { for (int i = 0; i < count; i++) mv.visitInsn(ACONST_NULL); };
  }

  static byte[] odd() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
      @Override protected String getCommonSuperClass(String a, String b) { return OBJ; }
    };
    cw.visit(V17, ACC_PUBLIC | ACC_SUPER, "Odd", null, OBJ, null);
    cw.visitField(ACC_PUBLIC, "f", "Ljava/lang/Object;", null, null).visitEnd();
    constructor(cw);
    MethodVisitor mv;

    // swap(a, b): b a swap -> a b, pop -> a; a.hashCode()
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "swap", "(Ljava/lang/Object;Ljava/lang/Object;)I");
    mv.visitVarInsn(ALOAD, 1); mv.visitVarInsn(ALOAD, 0); mv.visitInsn(SWAP); mv.visitInsn(POP);
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "swap", "(Ljava/lang/Object;Ljava/lang/Object;)I", mv2 -> { mv2.visitInsn(ACONST_NULL); mv2.visitLdcInsn(""); });

    // dup2: a b dup2 -> a b a b; pop; swap; pop; swap; pop -> a
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "dup2", "(Ljava/lang/Object;Ljava/lang/Object;)I");
    mv.visitVarInsn(ALOAD, 0); mv.visitVarInsn(ALOAD, 1); mv.visitInsn(DUP2); mv.visitInsn(POP);
    mv.visitInsn(SWAP); mv.visitInsn(POP); mv.visitInsn(SWAP); mv.visitInsn(POP);
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "dup2", "(Ljava/lang/Object;Ljava/lang/Object;)I", mv2 -> { mv2.visitInsn(ACONST_NULL); mv2.visitLdcInsn(""); });

    // dupX2: J a dup_x2 -> a J a; pop; pop2 -> a
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "dupX2", "(Ljava/lang/Object;J)I");
    mv.visitVarInsn(LLOAD, 1); mv.visitVarInsn(ALOAD, 0); mv.visitInsn(DUP_X2); mv.visitInsn(POP); mv.visitInsn(POP2);
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "dupX2", "(Ljava/lang/Object;J)I", mv2 -> { mv2.visitInsn(ACONST_NULL); mv2.visitInsn(LCONST_1); });

    // dup2X1: a J dup2_x1 -> J a J; pop2 -> J a
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "dup2X1", "(Ljava/lang/Object;J)I");
    mv.visitVarInsn(ALOAD, 0); mv.visitVarInsn(LLOAD, 1); mv.visitInsn(DUP2_X1); mv.visitInsn(POP2);
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "dup2X1", "(Ljava/lang/Object;J)I", mv2 -> { mv2.visitInsn(ACONST_NULL); mv2.visitInsn(LCONST_1); });

    // dup2X2: a b c null dup2_x2 -> a b c null a b c null... ; pop2; pop -> c null a
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "dup2X2", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)I");
    mv.visitVarInsn(ALOAD, 0); mv.visitVarInsn(ALOAD, 1); mv.visitVarInsn(ALOAD, 2); mv.visitInsn(ACONST_NULL);
    mv.visitInsn(DUP2_X2); mv.visitInsn(POP2); mv.visitInsn(POP);
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "dup2X2", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)I", mv2 -> { mv2.visitInsn(ACONST_NULL); mv2.visitLdcInsn(""); mv2.visitLdcInsn(""); });

    // monitorexit on a null parameter
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "monitorexit", "(Ljava/lang/Object;)V");
    mv.visitVarInsn(ALOAD, 0); mv.visitInsn(MONITOREXIT); mv.visitInsn(RETURN); end(mv);
    probe(cw, "Odd", "monitorexit", "(Ljava/lang/Object;)V", nulls(1));

    // invokedynamic results: the bootstrap binds a constant chosen by the call-site name.
    String bsmDesc = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";
    Handle bsm = new Handle(H_INVOKESTATIC, "Odd", "bootstrap", bsmDesc, false);
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "bootstrap", bsmDesc);
    {
      Label notNew = new Label(), done = new Label();
      mv.visitTypeInsn(NEW, "java/lang/invoke/ConstantCallSite"); mv.visitInsn(DUP);
      mv.visitVarInsn(ALOAD, 2); mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodType", "returnType", "()Ljava/lang/Class;", false);
      mv.visitVarInsn(ALOAD, 1); mv.visitLdcInsn("object"); mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "equals", "(Ljava/lang/Object;)Z", false);
      mv.visitJumpInsn(IFEQ, notNew);
      mv.visitTypeInsn(NEW, "Odd"); mv.visitInsn(DUP); mv.visitMethodInsn(INVOKESPECIAL, "Odd", "<init>", "()V", false);
      mv.visitJumpInsn(GOTO, done);
      mv.visitLabel(notNew);
      mv.visitInsn(ICONST_0); mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
      mv.visitVarInsn(ALOAD, 1); mv.visitLdcInsn("zero"); mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "equals", "(Ljava/lang/Object;)Z", false);
      mv.visitJumpInsn(IFNE, done);
      mv.visitInsn(POP); mv.visitInsn(ACONST_NULL);
      mv.visitLabel(done);
      mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "constant", "(Ljava/lang/Class;Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;", false);
      mv.visitMethodInsn(INVOKESPECIAL, "java/lang/invoke/ConstantCallSite", "<init>", "(Ljava/lang/invoke/MethodHandle;)V", false);
      mv.visitInsn(ARETURN);
    }
    end(mv);
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "indyResult", "()I");
    mv.visitInvokeDynamicInsn("nothing", "()Ljava/lang/String;", bsm);
    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false); mv.visitInsn(IRETURN); end(mv);
    probe(cw, "Odd", "indyResult", "()I", nulls(0));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "indyField", "()I");
    mv.visitInvokeDynamicInsn("object", "()LOdd;", bsm); mv.visitFieldInsn(GETFIELD, "Odd", "f", "Ljava/lang/Object;");
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "indyField", "()I", nulls(0));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "indyArray", "()I");
    mv.visitInvokeDynamicInsn("nothing", "()[Ljava/lang/Object;", bsm); mv.visitInsn(ICONST_0); mv.visitInsn(AALOAD);
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "indyArray", "()I", nulls(0));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "indyIndex", "([Ljava/lang/Object;)I");
    mv.visitVarInsn(ALOAD, 0); mv.visitInvokeDynamicInsn("zero", "()Ljava/lang/Integer;", bsm);
    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false); mv.visitInsn(AALOAD);
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "indyIndex", "([Ljava/lang/Object;)I", mv2 -> { mv2.visitInsn(ICONST_2); mv2.visitTypeInsn(ANEWARRAY, OBJ); });

    // A dynamic constant that is null.
    Handle nullConstant = new Handle(H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "nullConstant",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "dynamicConstant", "()I");
    mv.visitLdcInsn(new ConstantDynamic("none", "Ljava/lang/String;", nullConstant));
    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false); mv.visitInsn(IRETURN); end(mv);
    probe(cw, "Odd", "dynamicConstant", "()I", nulls(0));

    // `this` overwritten in an instance method.
    mv = begin(cw, ACC_PUBLIC, "thisStored", "()I");
    mv.visitInsn(ACONST_NULL); mv.visitVarInsn(ASTORE, 0); mv.visitVarInsn(ALOAD, 0); hashCodeAndReturn(mv); end(mv);
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "probe_thisStored", "()V");
    mv.visitTypeInsn(NEW, "Odd"); mv.visitInsn(DUP); mv.visitMethodInsn(INVOKESPECIAL, "Odd", "<init>", "()V", false);
    mv.visitMethodInsn(INVOKEVIRTUAL, "Odd", "thisStored", "()I", false); mv.visitInsn(POP); mv.visitInsn(RETURN); end(mv);

    // Array loads on a null constant, a wide local, invokespecial on null.
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "ialoadNull", "()I");
    mv.visitInsn(ACONST_NULL); mv.visitInsn(ICONST_0); mv.visitInsn(IALOAD); mv.visitInsn(IRETURN); end(mv);
    probe(cw, "Odd", "ialoadNull", "()I", nulls(0));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "wideLocal", "()I");
    mv.visitInsn(ACONST_NULL); mv.visitVarInsn(ASTORE, 300); mv.visitVarInsn(ALOAD, 300); hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "wideLocal", "()I", nulls(0));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "invokespecialNull", "()I");
    mv.visitInsn(ACONST_NULL); mv.visitMethodInsn(INVOKESPECIAL, OBJ, "hashCode", "()I", false); mv.visitInsn(IRETURN); end(mv);
    probe(cw, "Odd", "invokespecialNull", "()I", nulls(0));

    // Index expressions javac does not emit: caload and ldc.
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "caloadIndex", "([Ljava/lang/Object;[C)I");
    mv.visitVarInsn(ALOAD, 0); mv.visitVarInsn(ALOAD, 1); mv.visitInsn(ICONST_0); mv.visitInsn(CALOAD); mv.visitInsn(AALOAD);
    hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "caloadIndex", "([Ljava/lang/Object;[C)I", mv2 -> {
      mv2.visitInsn(ICONST_2); mv2.visitTypeInsn(ANEWARRAY, OBJ); mv2.visitInsn(ICONST_2); mv2.visitIntInsn(NEWARRAY, T_CHAR); });
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "ldcIndex", "([Ljava/lang/Object;)I");
    mv.visitVarInsn(ALOAD, 0); mv.visitLdcInsn(Integer.valueOf(1)); mv.visitInsn(AALOAD); hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "ldcIndex", "([Ljava/lang/Object;)I", mv2 -> { mv2.visitInsn(ICONST_2); mv2.visitTypeInsn(ANEWARRAY, OBJ); });

    // A loop body reached only by its back edge; the store in it never reaches the load.
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "loopBodyAfterCondition", "(Ljava/lang/String;I)V");
    {
      Label body = new Label(), cond = new Label();
      mv.visitJumpInsn(GOTO, cond);
      mv.visitLabel(body);
      mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false); mv.visitInsn(POP);
      mv.visitInsn(ACONST_NULL); mv.visitVarInsn(ASTORE, 0); mv.visitIincInsn(1, -1);
      mv.visitLabel(cond);
      mv.visitVarInsn(ILOAD, 1); mv.visitJumpInsn(IFNE, body); mv.visitInsn(RETURN);
    }
    end(mv);
    probe(cw, "Odd", "loopBodyAfterCondition", "(Ljava/lang/String;I)V", mv2 -> { mv2.visitLdcInsn("x"); mv2.visitInsn(ICONST_2); });

    // A value on the stack across a back edge: the loop head keeps the first producer.
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "stackAcrossBackEdge", "(Ljava/lang/Object;Ljava/lang/Object;I)I");
    {
      Label head = new Label(), exit = new Label();
      mv.visitVarInsn(ALOAD, 0);
      mv.visitLabel(head);
      mv.visitIincInsn(2, -1); mv.visitVarInsn(ILOAD, 2); mv.visitJumpInsn(IFLE, exit);
      mv.visitInsn(POP); mv.visitVarInsn(ALOAD, 1); mv.visitJumpInsn(GOTO, head);
      mv.visitLabel(exit);
      hashCodeAndReturn(mv);
    }
    end(mv);
    probe(cw, "Odd", "stackAcrossBackEdge", "(Ljava/lang/Object;Ljava/lang/Object;I)I", mv2 -> {
      mv2.visitLdcInsn("x"); mv2.visitInsn(ACONST_NULL); mv2.visitInsn(ICONST_3); });
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "failureAtLoopHead", "(LOdd;LOdd;I)I");
    {
      Label head = new Label(), exit = new Label();
      mv.visitVarInsn(ALOAD, 0);
      mv.visitLabel(head);
      mv.visitFieldInsn(GETFIELD, "Odd", "f", "Ljava/lang/Object;");
      mv.visitIincInsn(2, -1); mv.visitVarInsn(ILOAD, 2); mv.visitJumpInsn(IFLE, exit);
      mv.visitInsn(POP); mv.visitVarInsn(ALOAD, 1); mv.visitJumpInsn(GOTO, head);
      mv.visitLabel(exit);
      hashCodeAndReturn(mv);
    }
    end(mv);
    probe(cw, "Odd", "failureAtLoopHead", "(LOdd;LOdd;I)I", mv2 -> {
      mv2.visitTypeInsn(NEW, "Odd"); mv2.visitInsn(DUP); mv2.visitMethodInsn(INVOKESPECIAL, "Odd", "<init>", "()V", false);
      mv2.visitInsn(ACONST_NULL); mv2.visitInsn(ICONST_3); });

    // Stores between the load and the failure count; stores on a joining path count.
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "storeAfterLoad", "(Ljava/lang/Object;)I");
    mv.visitVarInsn(ALOAD, 0); mv.visitInsn(ACONST_NULL); mv.visitVarInsn(ASTORE, 0); hashCodeAndReturn(mv); end(mv);
    probe(cw, "Odd", "storeAfterLoad", "(Ljava/lang/Object;)I", nulls(1));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "storeOnJoiningPath", "(Ljava/lang/Object;Z)I");
    {
      Label join = new Label();
      mv.visitVarInsn(ALOAD, 0); mv.visitVarInsn(ILOAD, 1); mv.visitJumpInsn(IFEQ, join);
      mv.visitInsn(ACONST_NULL); mv.visitVarInsn(ASTORE, 0);
      mv.visitLabel(join);
      hashCodeAndReturn(mv);
    }
    end(mv);
    probe(cw, "Odd", "storeOnJoiningPath", "(Ljava/lang/Object;Z)I", mv2 -> { mv2.visitInsn(ACONST_NULL); mv2.visitInsn(ICONST_1); });

    cw.visitEnd();
    return cw.toByteArray();
  }

  // Version 49: jsr and ret are legal, and no StackMapTable is needed.
  static byte[] oddJsr() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(V1_5, ACC_PUBLIC | ACC_SUPER, "OddJsr", null, OBJ, null);
    MethodVisitor mv;
    // The instruction after a jsr is never reached by HotSpot's simulation.
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "afterSubroutine", "(Ljava/lang/Object;)I");
    {
      Label sub = new Label();
      mv.visitJumpInsn(JSR, sub); mv.visitVarInsn(ALOAD, 0); hashCodeAndReturn(mv);
      mv.visitLabel(sub); mv.visitVarInsn(ASTORE, 1); mv.visitVarInsn(RET, 1);
    }
    end(mv);
    probe(cw, "OddJsr", "afterSubroutine", "(Ljava/lang/Object;)I", nulls(1));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "beforeSubroutine", "(Ljava/lang/Object;)I");
    {
      Label sub = new Label();
      mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "hashCode", "()I", false); mv.visitInsn(POP);
      mv.visitJumpInsn(JSR, sub); mv.visitInsn(ICONST_0); mv.visitInsn(IRETURN);
      mv.visitLabel(sub); mv.visitVarInsn(ASTORE, 1); mv.visitVarInsn(RET, 1);
    }
    end(mv);
    probe(cw, "OddJsr", "beforeSubroutine", "(Ljava/lang/Object;)I", nulls(1));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "insideSubroutine", "(Ljava/lang/Object;)I");
    {
      Label sub = new Label();
      mv.visitJumpInsn(JSR, sub); mv.visitInsn(ICONST_0); mv.visitInsn(IRETURN);
      mv.visitLabel(sub); mv.visitVarInsn(ASTORE, 1);
      mv.visitVarInsn(ALOAD, 0); mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "hashCode", "()I", false); mv.visitInsn(POP);
      mv.visitVarInsn(RET, 1);
    }
    end(mv);
    probe(cw, "OddJsr", "insideSubroutine", "(Ljava/lang/Object;)I", nulls(1));
    cw.visitEnd();
    return cw.toByteArray();
  }

  // LocalVariableTable entries that cover the load, the failing instruction, both or neither.
  static byte[] oddLocalVariables() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(V1_5, ACC_PUBLIC | ACC_SUPER, "OddLocals", null, OBJ, null);
    cw.visitField(ACC_PUBLIC, "f", "Ljava/lang/Object;", null, null).visitEnd();
    constructor(cw);
    // code: 0 aload_0, 1 invokevirtual hashCode, 4 ireturn; ranges given as [start, end) bcis
    int[][] ranges = {{0, 1}, {1, 4}, {0, 0}, {1, 1}, {0, 5}, {0, 4}, {4, 5}};
    for (int[] range : ranges) {
      String name = "range" + range[0] + "to" + range[1];
      MethodVisitor mv = begin(cw, ACC_PUBLIC | ACC_STATIC, name, "(Ljava/lang/Object;)I");
      Label[] at = new Label[6];
      for (int i = 0; i < at.length; i++) at[i] = new Label();
      mv.visitLabel(at[0]); mv.visitVarInsn(ALOAD, 0); mv.visitLabel(at[1]);
      mv.visitMethodInsn(INVOKEVIRTUAL, OBJ, "hashCode", "()I", false); mv.visitLabel(at[4]);
      mv.visitInsn(IRETURN); mv.visitLabel(at[5]);
      mv.visitLocalVariable("v", "Ljava/lang/Object;", null, at[range[0]], at[range[1]], 0);
      end(mv);
      probe(cw, "OddLocals", name, "(Ljava/lang/Object;)I", nulls(1));
    }
    MethodVisitor mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "secondParamUnnamed", "(Ljava/lang/Object;Ljava/lang/Object;)I");
    {
      Label start = new Label(), end = new Label();
      mv.visitLabel(start); mv.visitVarInsn(ALOAD, 1); hashCodeAndReturn(mv); mv.visitLabel(end);
      mv.visitLocalVariable("first", "Ljava/lang/Object;", null, start, end, 0);
    }
    end(mv);
    probe(cw, "OddLocals", "secondParamUnnamed", "(Ljava/lang/Object;Ljava/lang/Object;)I", nulls(2));
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "twoEntriesOneSlot", "(Ljava/lang/Object;)I");
    {
      Label start = new Label(), end = new Label();
      mv.visitLabel(start); mv.visitVarInsn(ALOAD, 0); hashCodeAndReturn(mv); mv.visitLabel(end);
      mv.visitLocalVariable("one", "Ljava/lang/Object;", null, start, end, 0);
      mv.visitLocalVariable("two", "Ljava/lang/Object;", null, start, end, 0);
    }
    end(mv);
    probe(cw, "OddLocals", "twoEntriesOneSlot", "(Ljava/lang/Object;)I", nulls(1));
    // Slot 0 of an instance method named "self" by the table.
    mv = begin(cw, ACC_PUBLIC, "selfField", "()I");
    {
      Label start = new Label(), end = new Label();
      mv.visitLabel(start); mv.visitVarInsn(ALOAD, 0); mv.visitFieldInsn(GETFIELD, "OddLocals", "f", "Ljava/lang/Object;");
      hashCodeAndReturn(mv); mv.visitLabel(end);
      mv.visitLocalVariable("self", "LOddLocals;", null, start, end, 0);
    }
    end(mv);
    mv = begin(cw, ACC_PUBLIC | ACC_STATIC, "probe_selfField", "()V");
    mv.visitTypeInsn(NEW, "OddLocals"); mv.visitInsn(DUP); mv.visitMethodInsn(INVOKESPECIAL, "OddLocals", "<init>", "()V", false);
    mv.visitMethodInsn(INVOKEVIRTUAL, "OddLocals", "selfField", "()I", false); mv.visitInsn(POP); mv.visitInsn(RETURN); end(mv);
    cw.visitEnd();
    return cw.toByteArray();
  }

  public static void main(String[] args) throws Exception {
    byte[] odd = odd(), jsr = oddJsr(), locals = oddLocalVariables();
    for (String dir : args) {
      Path out = Path.of(dir);
      Files.createDirectories(out);
      Files.write(out.resolve("Odd.class"), odd);
      Files.write(out.resolve("OddJsr.class"), jsr);
      Files.write(out.resolve("OddLocals.class"), locals);
    }
  }
}
