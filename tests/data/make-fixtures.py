#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dew authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the sources of the spreadsheet fixtures; see README.md for the LibreOffice step."""
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')

STYLES = '''<office:automatic-styles>
 <number:date-style style:name="Niso"><number:year number:style="long"/><number:text>-</number:text>
  <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="Ncn"><number:year number:style="long"/><number:text>年</number:text>
  <number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
 <style:style style:name="iso" style:family="table-cell" style:data-style-name="Niso"/>
 <style:style style:name="cn" style:family="table-cell" style:data-style-name="Ncn"/>
 <number:boolean-style style:name="Nbool"><number:boolean/></number:boolean-style>
 <style:style style:name="bool" style:family="table-cell" style:data-style-name="Nbool"/>
 <style:style style:name="bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>'''


def s(text, **attrs):
    """A string cell; text may hold <text:span> markup (rich text)."""
    extra = ''.join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p></table:table-cell>'


def n(value, formula=None):
    f = f' table:formula="{escape(formula)}"' if formula else ''
    return f'<table:table-cell office:value-type="float" office:value="{value}"{f}><text:p>{value}</text:p></table:table-cell>'


def d(iso, style='iso'):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{iso}">'
            f'<text:p>{iso}</text:p></table:table-cell>')


def b(value, formula=None):
    """A boolean; with a formula LibreOffice writes a number in a "TRUE";"TRUE";"FALSE" format."""
    v = 'true' if value else 'false'
    f = f' table:formula="{escape(formula)}"' if formula else ''
    return (f'<table:table-cell table:style-name="bool" office:value-type="boolean" office:boolean-value="{v}"{f}>'
            f'<text:p>{v.upper()}</text:p></table:table-cell>')


EMPTY = '<table:table-cell/>'
COVERED = '<table:covered-table-cell/>'


def row(*cells):
    return '<table:table-row>' + ''.join(cells) + '</table:table-row>'


def table(name, rows):
    return f'<table:table table:name="{name}">' + ''.join(rows) + '</table:table>'


resources = table('数据资源目录', [
    row(s('呼和浩特市政务数据资源目录（2024年）', number_columns_spanned=12),
        '<table:covered-table-cell table:number-columns-repeated="11"/>'),
    row(s('说明：带*的列为必填项；日期格式为年-月-日。')),
    row(s('*资源代码'), s('资源名称  '), s('\u3000资源提供方'), s('资源格式'), s('更新周期'), s('共享类型'),
        s('开放类型'), s('发布日期'), s('数据量（条）'), s('存储量（GB）'), s('reported'), s('备注')),
    row(s('101001/000123'), s('人口<text:span text:style-name="bold">基础</text:span>信息'),
        s('市公安局', number_rows_spanned=3), s('数据库'), s('每日'), s('有条件共享'), s('不予开放'),
        d('2024-05-28'), n(1200), n(1.2, 'of:=[.I4]/1000'), b(True), s('')),
    row(s('101001/000124'), s('户籍迁移记录'), COVERED, s('电子表格'), s('每月'), s('无条件共享'),
        s('无条件开放'), d('2024-06-01', 'cn'), n(800), n(0.8, 'of:=[.I5]/1000'), b(False, 'of:=[.I5]>1000')),
    row(s('101001/000125'), s('出生登记 '), COVERED, s('电子表格'), s('每年'), s('无条件共享'),
        s('无条件开放'), s('2024年5月28日'), s('１５００'), EMPTY, EMPTY, s('含"引号", 和逗号')),
    row(EMPTY),
    row(s('201002/000001'), s('空气质量监测'), s('市生态环境局'), s('服务接口'), s('实时'), s('无条件共享'),
        s('无条件开放'), n(45292), n(36500), n(36.5, 'of:=[.I8]/1000')),
])

items = table('信息项', [
    row(s('资源代码'), s('信息项名称'), s('数据类型'), s('数据长度'), s('是否敏感')),
    row(s('101001/000123', number_rows_spanned=3), s('公民身份号码'), s('字符型'), n(18), s('是')),
    row(COVERED, s('姓名'), s('字符型'), n(50), s('是')),
    row(COVERED, s('出生日期'), s('日期型'), EMPTY, s('否')),
    row(EMPTY),
    row(s('201002/000001'), s('AQI'), s('数值型'), n(10), s('否')),
    row(EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, s('备注：以上为示例')),
])

organisations = table('组织机构', [
    row(s('统一社会信用代码'), s('机构名称'), s('所在区划代码'), s('机构类型')),
    row(s('11150100011590316X'), s('呼和浩特市公安局'), s('150100'), s('党政机关')),
    row(s('91350100M000100Y43'), s('示例数据有限公司'), s('150102'), s('企业')),
])

with open('inventory.fods', 'w', encoding='utf-8') as f:
    f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            f'{STYLES}<office:body><office:spreadsheet>{resources}{items}{organisations}'
            '</office:spreadsheet></office:body></office:document>\n')

# The same CSV in the two encodings Chinese offices send: quotes, a doubled quote, a line break
# inside a field, CRLF line ends, a title row and a blank row.
csv = ('呼和浩特市政务数据资源目录（2024年）,,,,\r\n'
       '资源代码,资源名称,资源提供方,资源摘要,发布日期\r\n'
       '101001/000123,人口基础信息,市公安局,"全市户籍人口, 含""流动人口""\r\n第二行",2024/5/28\r\n'
       '\r\n'
       '201002/000001,空气质量监测,市生态环境局,,2024年5月28日\r\n')
with open('resources-utf8-bom.csv', 'wb') as f:
    f.write(b'\xef\xbb\xbf' + csv.encode('utf-8'))
with open('resources-gb18030.csv', 'wb') as f:
    f.write(csv.encode('gb18030'))
with open('resources-tab.tsv', 'wb') as f:
    f.write(csv.replace(',', '\t').replace('\t 含', ', 含').encode('utf-8'))
# An office's own header: 数据格式 is no template header, so the column-mapping step must be told
# it means 资源格式; 备注 is left out. The second row's format is not a known one.
with open('resources-own-headers.csv', 'wb') as f:
    f.write('资源代码,资源名称,资源提供方,数据格式,更新周期,共享类型,开放类型,备注\n'
            '301099/000001,大气污染源清单,呼和浩特市生态环境局,电子表格,每月,无条件共享,无条件开放,重点排污单位\n'
            '301099/000002,噪声监测点位,呼和浩特市生态环境局,纸质台账,每季度,无条件共享,不予开放,\n'.encode())
with open('unterminated-quote.csv', 'wb') as f:
    f.write('资源代码,资源名称\n101001/000123,人口\n101001/000124,"户籍\n迁移\n101001/000125,出生\n'.encode())

# Bad workbooks.
with zipfile.ZipFile('not-a-workbook.xlsx', 'w') as z:
    z.writestr('readme.txt', 'a zip, but not a workbook\n')
with open('text-renamed.xlsx', 'w', encoding='utf-8') as f:
    f.write('资源代码,资源名称\n101001/000123,人口基础信息\n')
