"""``st.column_config``: importable; each column type raises until typed columns land.

Until then ``st.dataframe(column_config=...)`` reads a column's label given as a plain
string, and hides a column set to ``None``.
"""

from wasmlit.unsupported import command

AreaChartColumn = command("st.column_config.AreaChartColumn")
AudioColumn = command("st.column_config.AudioColumn")
BarChartColumn = command("st.column_config.BarChartColumn")
ButtonColumn = command("st.column_config.ButtonColumn")
CheckboxColumn = command("st.column_config.CheckboxColumn")
Column = command("st.column_config.Column")
DateColumn = command("st.column_config.DateColumn")
DatetimeColumn = command("st.column_config.DatetimeColumn")
ImageColumn = command("st.column_config.ImageColumn")
JsonColumn = command("st.column_config.JsonColumn")
LineChartColumn = command("st.column_config.LineChartColumn")
LinkColumn = command("st.column_config.LinkColumn")
ListColumn = command("st.column_config.ListColumn")
MarkdownColumn = command("st.column_config.MarkdownColumn")
MultiselectColumn = command("st.column_config.MultiselectColumn")
NumberColumn = command("st.column_config.NumberColumn")
ProgressColumn = command("st.column_config.ProgressColumn")
SelectboxColumn = command("st.column_config.SelectboxColumn")
TextColumn = command("st.column_config.TextColumn")
TimeColumn = command("st.column_config.TimeColumn")
VideoColumn = command("st.column_config.VideoColumn")

__all__ = [
    "AreaChartColumn",
    "AudioColumn",
    "BarChartColumn",
    "ButtonColumn",
    "CheckboxColumn",
    "Column",
    "DateColumn",
    "DatetimeColumn",
    "ImageColumn",
    "JsonColumn",
    "LineChartColumn",
    "LinkColumn",
    "ListColumn",
    "MarkdownColumn",
    "MultiselectColumn",
    "NumberColumn",
    "ProgressColumn",
    "SelectboxColumn",
    "TextColumn",
    "TimeColumn",
    "VideoColumn",
]
