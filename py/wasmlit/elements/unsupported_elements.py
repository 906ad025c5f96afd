"""Element methods of Streamlit 1.67 that wasmlit lacks: each raises the error of its entry
in ``wasmlit.unsupported.TABLE``.

This mixin comes last in ``DeltaGenerator``'s bases, so a real implementation added in
another mixin wins; remove the line here (and the table entry) when one lands.
"""

from __future__ import annotations

from wasmlit.unsupported import container_method


class UnsupportedElementsMixin:
    balloons = container_method("st.balloons")
    echarts_chart = container_method("st.echarts_chart")
    grid = container_method("st.grid")
    menu_button = container_method("st.menu_button")
    mermaid_chart = container_method("st.mermaid_chart")
    pagination = container_method("st.pagination")
    pdf = container_method("st.pdf")
    pydeck_chart = container_method("st.pydeck_chart")
    skeleton = container_method("st.skeleton")
    snow = container_method("st.snow")
