#!/usr/bin/env python3
"""Builds src/main/resources/jurisdiction/authorities.csv and former-municipalities.csv.

Input (the research data, not part of this repository; pass its directory as the first argument):
  thueringen-gemeinden-2024.csv   601 municipalities with Verband code and kind (Destatis GV-ISys)
  thueringen-verbaende-2024.csv   42 Verwaltungsgemeinschaften, 37 erfüllende Gemeinden (Destatis GV100AD 2021)
  thueringen-gemeinden.csv        the older OSM municipality list (624 AGS) with postcodes and OSM spelling
  thueringen-plz-gemeinde.csv     postcode-municipality pairs (OpenStreetMap, ODbL)
  raw/gv100ad_301121_thueringen.ASC  Sitz of the Verbände where the seat municipality is not unique
The Land office and the 17 Landratsämter are taken over from the existing authorities.csv (names, seats, prefixes),
as are the case number prefixes of municipalities that already existed. Standard library only.

Usage: python3 src/test/scripts/build_authorities.py ../shared/data
"""
import csv
import io
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
OUT = REPO / 'src/main/resources/jurisdiction'

# Municipalities of the old (OSM) list that were merged into another by 2024. Evidence: the successor is the only
# 2024 municipality of the same Kreis that shares the predecessor's Verband of 2021 (GV100AD) and a postcode, or
# whose population grew by about the predecessor's; the two new AGS carry the predecessors' names.
SUCCESSORS = {
    # Landgemeinde Uder (new AGS 16061119): the former VG Uder members
    **{ags: ('16061119', 'neue Landgemeinde Uder aus den Gemeinden der früheren VG Uder (Verband 160615012, PLZ 37318)')
       for ags in ('16061007', '16061028', '16061065', '16061067', '16061068', '16061077', '16061084',
                   '16061091', '16061096', '16061097', '16061111')},
    '16061039': ('16061045', 'Verband 2021 und PLZ 37308; Einwohnerzuwachs Heilbad Heiligenstadt +1 319'),
    '16061049': ('16061045', 'Verband 2021 und PLZ 37308; Einwohnerzuwachs Heilbad Heiligenstadt +1 319'),
    '16063028': ('16063104', 'Verband 160635006, PLZ 99826; abgeleitet (Zuwachs Amt Creuzburg +205), unsicher'),
    '16063037': ('16063104', 'Verband 160635006, PLZ 99826; abgeleitet (Zuwachs Amt Creuzburg +205), unsicher'),
    '16064055': ('16064074', 'einzige Gemeinde desselben Verbands 2021 (erfüllende Gemeinde Südeichsfeld) und PLZ 99976'),
    '16064058': ('16064076', 'einzige Gemeinde desselben Verbands 2021 (erfüllende Gemeinde Unstrut-Hainich)'),
    '16066073': ('16066042', 'Verband 2021 (erfüllende Gemeinde Meiningen); abgeleitet (Zuwachs Meiningen +280), unsicher'),
    '16067036': ('16067092', 'einzige Gemeinde desselben Verbands 2021 und PLZ 99887 (Georgenthal)'),
    '16071038': ('16071056', 'VG Mellingen 2021, PLZ 99441; Einwohnerzuwachs Mellingen +500'),
    '16071042': ('16071056', 'VG Mellingen 2021, PLZ 99441; Einwohnerzuwachs Mellingen +500'),
    '16071055': ('16071056', 'VG Mellingen 2021, PLZ 99441; Einwohnerzuwachs Mellingen +500'),
    '16076004': ('16076094', 'Name der neuen Stadt Berga-Wünschendorf'),
    '16076084': ('16076094', 'Name der neuen Stadt Berga-Wünschendorf'),
    '16077003': ('16077043', 'einzige Gemeinde desselben Verbands 2021 (erfüllende Gemeinde Schmölln)'),
}


def read(path):
    with open(path, encoding='utf-8') as f:
        return list(csv.DictReader(f))


def read_existing():
    lines = [l for l in (OUT / 'authorities.csv').read_text(encoding='utf-8').splitlines()
             if l and not l.startswith('#')]
    return {r['id']: r for r in csv.DictReader(io.StringIO('\n'.join(lines)))}


def verband_seats(asc_path):
    """Sitz (seat name) of each Verband, GV100AD Satzart 50."""
    seats = {}
    for line in open(asc_path, encoding='utf-8'):
        if line.startswith('50'):
            seats[line[10:15] + line[18:22]] = line[72:122].strip()
    return seats


def unique_prefix(name, taken):
    letters = ''.join(c for c in name.upper().replace('Ä', 'AE').replace('Ö', 'OE').replace('Ü', 'UE')
                      .replace('ß', 'SS') if 'A' <= c <= 'Z')
    for candidate in [letters[:3]] + [letters[:2] + c for c in letters[2:]] + [letters[:2] + str(i) for i in range(10)]:
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise SystemExit('no prefix for ' + name)


def main(data):
    data = Path(data)
    gemeinden = read(data / 'thueringen-gemeinden-2024.csv')
    verbaende = {v['verband_code']: v for v in read(data / 'thueringen-verbaende-2024.csv')}
    osm = {r['ags']: r for r in read(data / 'thueringen-gemeinden.csv')}
    postcodes = defaultdict(set)
    for r in read(data / 'thueringen-plz-gemeinde.csv'):
        postcodes[r['ags']].add(r['plz'])
    seats = verband_seats(data / 'raw/gv100ad_301121_thueringen.ASC')
    existing = read_existing()
    names = {g['ags']: g['name'] for g in gemeinden}

    aliases = defaultdict(list)
    for old, (new, _) in SUCCESSORS.items():
        postcodes[new] |= postcodes[old]
        if osm[old]['name'] != names[new]:
            aliases[new].append(osm[old]['name'])
    for g in gemeinden:
        if g['ags'] in osm and osm[g['ags']]['name'] != g['name']:
            aliases[g['ags']].append(osm[g['ags']]['name'])

    taken = {r['prefix'] for r in existing.values()}
    rows = []
    for r in existing.values():
        if r['kind'] in ('LAND', 'LANDKREIS'):
            rows.append([r['id'], r['kind'], r['name'], r['key'], r['parent'], r['seat'], r['prefix'], '', '', ''])

    for code, v in sorted(verbaende.items()):
        if v['kind'] != 'VG':
            continue
        members = v['member_ags_list'].split(';')
        seat = names.get(v['seat_ags']) if v['seat_ags'] else None
        if seat is None:
            # the GV100AD Sitz is a place name; take the member whose name begins with it, else the place itself
            sitz = seats[code]
            matching = [names[m] for m in members if names[m].startswith(sitz)]
            seat = matching[0] if len(matching) == 1 else sitz
        prefix = 'VG' + code[2:5] + code[7:9]
        rows.append(['vg-' + code, 'VERWALTUNGSGEMEINSCHAFT', 'Verwaltungsgemeinschaft ' + v['verband_name'], code,
                     'kreis-' + code[:5], seat, prefix, '', '', ''])

    for g in gemeinden:
        ags = g['ags']
        old = existing.get('ags-' + ags)
        kreisfrei = g['verband_kind'] == 'KREISFREI'
        kind = 'KREISFREIE_STADT' if kreisfrei else 'GEMEINDE'
        name = ('Stadt ' if g['designation'].startswith('Stadt') else 'Gemeinde ') + g['name']
        parent = 'land-thueringen' if kreisfrei else 'kreis-' + g['kreis_ags']
        prefix = old['prefix'] if old else unique_prefix(g['name'], taken)
        acting = ''
        if g['verband_kind'] == 'VG':
            acting = 'vg-' + g['verband_code']
        elif g['verband_kind'] == 'ERFUELLENDE_GEMEINDE':
            seat_ags = verbaende[g['verband_code']]['seat_ags']
            acting = '' if seat_ags == ags else 'ags-' + seat_ags
        plz = ';'.join(sorted(postcodes[ags]))
        if not plz:
            raise SystemExit('no postcode for ' + ags)
        rows.append(['ags-' + ags, kind, old['name'] if kreisfrei and old else name, ags, parent, g['name'], prefix,
                     plz, acting, ';'.join(aliases[ags])])

    with open(OUT / 'authorities.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('# Behörden in Thüringen: Land, 17 Landratsämter, 5 kreisfreie Städte, 42 Verwaltungsgemeinschaften und\n'
                '# 596 kreisangehörige Gemeinden (Gebietsstand der Destatis-Quartalsausgabe, 601 Gemeinden).\n'
                '# Erzeugt von src/test/scripts/build_authorities.py, Quellen und Lizenzen im README.\n'
                '# acting = Behörde, die die Verwaltungsaufgaben der Gemeinde erledigt (VG, § 47 ThürKO; erfüllende\n'
                '# Gemeinde, § 51 ThürKO); leer = die Gemeinde handelt selbst. aliases = frühere oder OSM-Namen.\n')
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'kind', 'name', 'key', 'parent', 'seat', 'prefix', 'postcodes', 'acting', 'aliases'])
        w.writerows(rows)
    with open(OUT / 'former-municipalities.csv', 'w', encoding='utf-8', newline='') as f:
        f.write('# Gemeinden der älteren OSM-Liste, die bis zum Gebietsstand 2024 in einer anderen aufgegangen sind.\n'
                '# Erzeugt von src/test/scripts/build_authorities.py; evidence sagt, woraus die Zuordnung folgt.\n')
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['ags', 'name', 'successor_ags', 'evidence'])
        for old, (new, why) in sorted(SUCCESSORS.items()):
            w.writerow([old, osm[old]['name'], new, why])
    write_migration(rows)
    print(len(rows), 'authorities,', len(SUCCESSORS), 'former municipalities')


def write_migration(rows):
    """Flyway script moving our tables' cases from authorities that no longer act to the ones acting now."""
    municipalities = {r[3]: r for r in rows if r[1] in ('GEMEINDE', 'KREISFREIE_STADT')}

    def acting(ags):
        row = municipalities[ags]
        return row[8] or row[0]

    moves = {'ags-' + ags: acting(ags) for ags, row in municipalities.items() if row[8]}
    moves.update({'ags-' + old: acting(new) for old, (new, _) in SUCCESSORS.items()})
    with open(REPO / 'src/main/resources/db/migration/V6__authorities_2024.sql', 'w', encoding='utf-8') as f:
        f.write('-- Thüringen 2024: member municipalities of a Verwaltungsgemeinschaft or an erfüllende Gemeinde are no\n'
                '-- longer authorities of their own, and 25 municipalities were merged into others. Their cases, payments,\n'
                '-- absences and escalations move to the authority acting now; the case keeps its municipality (the party),\n'
                '-- except that a merged municipality becomes its successor. Case numbers stay as issued.\n'
                '-- Generated by src/test/scripts/build_authorities.py. The engine side of the same cases (tenant\n'
                '-- ids, candidate groups, authorityId, history) follows at start: workflow.CaseTenantReconciliation.\n\n')
        f.write('CREATE TABLE authority_move (old_id VARCHAR(64) NOT NULL PRIMARY KEY, new_id VARCHAR(64) NOT NULL);\n')
        for old, new in sorted(moves.items()):
            f.write(f"INSERT INTO authority_move (old_id, new_id) VALUES ('{old}', '{new}');\n")
        f.write('\nCREATE TABLE municipality_move (old_ags VARCHAR(8) NOT NULL PRIMARY KEY, new_ags VARCHAR(8) NOT NULL);\n')
        for old, (new, _) in sorted(SUCCESSORS.items()):
            f.write(f"INSERT INTO municipality_move (old_ags, new_ags) VALUES ('{old}', '{new}');\n")
        f.write('\n')
        for table in ('case_file', 'payment', 'clerk_absence', 'task_escalation'):
            f.write(f'UPDATE {table} SET authority_id = (SELECT m.new_id FROM authority_move m WHERE m.old_id = {table}.authority_id)\n'
                    f'    WHERE authority_id IN (SELECT old_id FROM authority_move);\n')
        for table in ('case_file', 'portal_draft'):
            f.write(f'UPDATE {table} SET municipality_ags = (SELECT m.new_ags FROM municipality_move m WHERE m.old_ags = {table}.municipality_ags)\n'
                    f'    WHERE municipality_ags IN (SELECT old_ags FROM municipality_move);\n')
        f.write('\nDROP TABLE municipality_move;\nDROP TABLE authority_move;\n')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '../shared/data')
