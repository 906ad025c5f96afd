"""Streamlit's "magic": each bare expression statement is written with ``st.write``.

Not written: docstrings, calls (``f()``, ``st.write(...)``), ``yield`` and ``await``.
A bare tuple ``a, b`` becomes ``st.write(a, b)``.
"""

from __future__ import annotations

import ast

MAGIC_FUNCTION_NAME = "__wasmlit_magic__"


def _is_docstring(body: list[ast.stmt], index: int) -> bool:
    if index != 0:
        return False
    statement = body[0]
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _should_write(expression: ast.expr) -> bool:
    return not isinstance(expression, ast.Call | ast.Yield | ast.YieldFrom | ast.Await)


class _MagicTransformer(ast.NodeTransformer):
    def _rewrite_body(self, body: list[ast.stmt], allow_docstring: bool) -> list[ast.stmt]:
        rewritten: list[ast.stmt] = []
        for index, statement in enumerate(body):
            statement = self.visit(statement)
            if (
                isinstance(statement, ast.Expr)
                and _should_write(statement.value)
                and not (allow_docstring and _is_docstring(body, index))
            ):
                arguments = list(statement.value.elts) if isinstance(statement.value, ast.Tuple) else [statement.value]
                call = ast.Call(
                    func=ast.Name(id=MAGIC_FUNCTION_NAME, ctx=ast.Load()),
                    args=arguments,
                    keywords=[],
                )
                statement = ast.copy_location(ast.Expr(value=ast.copy_location(call, statement)), statement)
            rewritten.append(statement)
        return rewritten

    def visit_Module(self, node: ast.Module) -> ast.Module:
        node.body = self._rewrite_body(node.body, allow_docstring=True)
        return node

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.AST:
        node.body = self._rewrite_body(node.body, allow_docstring=True)
        return node

    visit_FunctionDef = _visit_function  # noqa: N815 - ast visitor name
    visit_AsyncFunctionDef = _visit_function  # noqa: N815 - ast visitor name

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        node.body = self._rewrite_body(node.body, allow_docstring=True)
        return node

    def generic_visit(self, node: ast.AST) -> ast.AST:
        # Compound statements (if/for/while/with/try/match) hold statement lists too.
        for field_name in ("body", "orelse", "finalbody"):
            statements = getattr(node, field_name, None)
            if isinstance(statements, list) and statements and isinstance(statements[0], ast.stmt):
                setattr(node, field_name, self._rewrite_body(statements, allow_docstring=False))
        for child_name in ("handlers", "cases"):
            for child in getattr(node, child_name, None) or ():
                if isinstance(child, ast.ExceptHandler | ast.match_case):
                    child.body = self._rewrite_body(child.body, allow_docstring=False)
        return node


def add_magic(tree: ast.Module) -> ast.Module:
    """Rewrite ``tree`` in place so bare expressions call the magic writer.

    >>> import ast
    >>> source = ast.unparse(add_magic(ast.parse('"doc"\\nx = 1\\nx\\nf()\\na, b')))
    >>> print(source.split(chr(10), 1)[1])
    x = 1
    __wasmlit_magic__(x)
    f()
    __wasmlit_magic__(a, b)
    """
    transformed = _MagicTransformer().visit(tree)
    return ast.fix_missing_locations(transformed)
