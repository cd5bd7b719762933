#!/usr/bin/env python3
"""Fills the unfinished plural forms of the English catalogue from their "(s)" sources.

"%Ln image(s)" becomes "%Ln image" / "%Ln images", "%Ln entry(ies)" becomes "%Ln entry" /
"%Ln entries". Entries already translated are left alone, so a hand-written form (a
sentence whose verb agrees, for instance) is kept. Read the result: the singular of a
sentence may need more than dropping "(s)".
Usage: scripts/english-plurals.py translations/imageconsole_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def forms(source):
    one = re.sub(r'\((s|es)\)', '', re.sub(r'y\(ies\)', 'y', source))
    other = re.sub(r'\((s|es)\)', r'\1', re.sub(r'y\(ies\)', 'ies', source))
    return one, other


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        if message.get('numerus') != 'yes' or translation.get('type') != 'unfinished':
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in forms(message.find('source').text):
            ET.SubElement(translation, 'numerusform').text = text
        del translation.attrib['type']
        filled += 1
    if filled:
        tree.write(path, encoding='utf-8', xml_declaration=True)
        data = open(path, encoding='utf-8').read()
        if '<!DOCTYPE TS>' not in data:
            open(path, 'w', encoding='utf-8').write(data.replace('?>\n', '?>\n<!DOCTYPE TS>\n', 1))
    print(f'{path}: {filled} plural entr{"y" if filled == 1 else "ies"} filled')


if __name__ == '__main__':
    main(sys.argv[1])
