/**
 * A V8 heap snapshot (the `.heapsnapshot` JSON the DevTools protocol sends) summarised as text:
 * retained size by constructor, and the dominator tree's heavy branches (what holds the big
 * strings and arrays). Retained sizes follow DevTools: weak edges do not retain.
 */

const KIB = 1024;

/** The class a node is grouped under, as DevTools' Summary view names it. */
function className(type, name) {
  switch (type) {
    case 'object':
    case 'native':
      return name;
    case 'closure':
      return `(closure) ${name || '(anonymous)'}`;
    case 'string':
    case 'concatenated string':
    case 'sliced string':
      return '(string)';
    case 'array':
      return `(array) ${name}`;
    case 'code':
      return '(compiled code)';
    case 'regexp':
      return 'RegExp';
    case 'number':
    case 'heap number':
      return '(number)';
    default:
      return `(${type})`;
  }
}

/** The snapshot's nodes and edges as arrays, with each node's first edge. */
function readGraph(snapshot) {
  const meta = snapshot.snapshot.meta;
  const nodeFields = meta.node_fields;
  const edgeFields = meta.edge_fields;
  const nodeTypes = meta.node_types[nodeFields.indexOf('type')];
  const edgeTypes = meta.edge_types[edgeFields.indexOf('type')];
  const nodeWidth = nodeFields.length;
  const edgeWidth = edgeFields.length;
  const { nodes, edges, strings } = snapshot;
  const count = nodes.length / nodeWidth;
  const at = {
    type: nodeFields.indexOf('type'),
    name: nodeFields.indexOf('name'),
    size: nodeFields.indexOf('self_size'),
    edges: nodeFields.indexOf('edge_count'),
  };
  const edge = {
    type: edgeFields.indexOf('type'),
    name: edgeFields.indexOf('name_or_index'),
    to: edgeFields.indexOf('to_node'),
  };
  const firstEdge = new Uint32Array(count + 1);
  for (let node = 0, offset = 0; node < count; node++) {
    firstEdge[node] = offset;
    offset += nodes[node * nodeWidth + at.edges] * edgeWidth;
  }
  firstEdge[count] = edges.length;
  const type = (node) => nodeTypes[nodes[node * nodeWidth + at.type]];
  const name = (node) => strings[nodes[node * nodeWidth + at.name]];
  return {
    count,
    selfSize: (node) => nodes[node * nodeWidth + at.size],
    type,
    name,
    className: (node) => className(type(node), name(node)),
    /** Calls `visit(target, edgeType, edgeName)` for every edge of `node`. */
    forEachEdge(node, visit) {
      for (let offset = firstEdge[node]; offset < firstEdge[node + 1]; offset += edgeWidth) {
        const edgeType = edgeTypes[edges[offset + edge.type]];
        const raw = edges[offset + edge.name];
        const edgeName = edgeType === 'element' || edgeType === 'hidden' ? `[${raw}]` : strings[raw];
        visit(edges[offset + edge.to] / nodeWidth, edgeType, edgeName);
      }
    },
  };
}

/**
 * Immediate dominators from node 0 (the snapshot's root), by Cooper, Harvey and Kennedy's
 * iterative algorithm over a reverse post-order; weak edges do not count.
 */
function dominators(graph) {
  const { count } = graph;
  const order = new Int32Array(count).fill(-1); // post-order number
  const byOrder = [];
  const predecessors = Array.from({ length: count }, () => []);
  const stack = [[0, null]];
  const seen = new Uint8Array(count);
  seen[0] = 1;
  // Iterative depth-first search that records predecessors and post-order.
  const children = (node) => {
    const list = [];
    graph.forEachEdge(node, (to, edgeType) => {
      if (edgeType !== 'weak') list.push(to);
    });
    return list;
  };
  stack[0][1] = children(0);
  const cursor = [0];
  while (stack.length) {
    const top = stack.length - 1;
    const [node, list] = stack[top];
    if (cursor[top] < list.length) {
      const next = list[cursor[top]++];
      predecessors[next].push(node);
      if (!seen[next]) {
        seen[next] = 1;
        stack.push([next, children(next)]);
        cursor.push(0);
      }
    } else {
      order[node] = byOrder.length;
      byOrder.push(node);
      stack.pop();
      cursor.pop();
    }
  }
  const dominator = new Int32Array(count).fill(-1);
  dominator[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (order[a] < order[b]) a = dominator[a];
      while (order[b] < order[a]) b = dominator[b];
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let index = byOrder.length - 2; index >= 0; index--) {
      const node = byOrder[index];
      let idom = -1;
      for (const predecessor of predecessors[node]) {
        if (dominator[predecessor] === -1) continue;
        idom = idom === -1 ? predecessor : intersect(predecessor, idom);
      }
      if (idom !== -1 && dominator[node] !== idom) {
        dominator[node] = idom;
        changed = true;
      }
    }
  }
  return { dominator, byOrder };
}

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`.padStart(11);

/**
 * A text summary of `snapshot`: total, self and retained size by class, the dominator tree's
 * branches of at least `minBranch` bytes (`depth` levels deep), and self size by retainer path
 * (`retainerDepth` retainers).
 */
export function summariseSnapshot(snapshot, { top = 30, minBranch = 40 * KIB, depth = 14, retainerDepth = 3 } = {}) {
  const graph = readGraph(snapshot);
  const { dominator, byOrder } = dominators(graph);
  // Blink's own objects (type `native`) are in the snapshot but not in the JS heap the bench
  // measures: they count for nothing here, so the figures add up to the JS heap.
  const jsSize = (node) => (graph.type(node) === 'native' ? 0 : graph.selfSize(node));
  const retained = new Float64Array(graph.count);
  for (const node of byOrder) retained[node] += jsSize(node);
  // Post-order visits children before their dominators.
  for (const node of byOrder) if (node !== 0) retained[dominator[node]] += retained[node];

  const dominated = Array.from({ length: graph.count }, () => []);
  for (const node of byOrder) if (node !== 0) dominated[dominator[node]].push(node);

  // Retained by class: a node's retained size counts unless an ancestor of the same class holds it.
  const byClass = new Map();
  const onPath = new Map();
  const walk = [[0, 0]];
  while (walk.length) {
    const [node, state] = walk.pop();
    const name = graph.className(node);
    if (state === 1) {
      onPath.set(name, onPath.get(name) - 1);
      continue;
    }
    const entry = byClass.get(name) ?? { count: 0, self: 0, retained: 0 };
    entry.count++;
    entry.self += jsSize(node);
    if (!onPath.get(name)) entry.retained += retained[node];
    byClass.set(name, entry);
    onPath.set(name, (onPath.get(name) ?? 0) + 1);
    walk.push([node, 1]);
    for (const child of dominated[node]) walk.push([child, 0]);
  }

  const lines = [];
  let total = 0;
  let native = 0;
  for (const node of byOrder) {
    total += graph.selfSize(node);
    if (graph.type(node) === 'native') native += graph.selfSize(node);
  }
  lines.push(
    `reachable JS heap: ${kib(total - native).trim()} (and Blink's native objects outside it: ${kib(native).trim()})`,
    '',
  );
  lines.push(`By class, largest self size first (top ${top}):`, '');
  lines.push(`${'class'.padEnd(48)} ${'count'.padStart(7)} ${'self'.padStart(11)} ${'retained'.padStart(11)}`);
  for (const [name, entry] of [...byClass]
    .filter(([, entry]) => entry.self > 0)
    .sort((a, b) => b[1].self - a[1].self)
    .slice(0, top))
    lines.push(
      `${name.slice(0, 48).padEnd(48)} ${String(entry.count).padStart(7)} ${kib(entry.self)} ${kib(entry.retained)}`,
    );

  // What holds what: the heavy branches of the dominator tree, with the edge that leads to each.
  lines.push('', `What holds the memory: dominator tree branches of ${kib(minBranch).trim()} or more`, '');
  const edgeTo = (from, to) => {
    let label = '';
    graph.forEachEdge(from, (target, edgeType, edgeName) => {
      if (!label && target === to) label = edgeType === 'element' ? '[]' : String(edgeName);
    });
    return label || `(via ${graph.className(from).slice(0, 30)})`;
  };
  const describe = (node) => {
    const type = graph.type(node);
    const name = graph.className(node);
    const children = dominated[node];
    const small = children.filter((child) => retained[child] < minBranch);
    const smallBytes = small.reduce((sum, child) => sum + retained[child], 0);
    const kinds = new Map();
    for (const child of small) kinds.set(graph.className(child), (kinds.get(graph.className(child)) ?? 0) + 1);
    const mix = [...kinds]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([kind, many]) => `${many}× ${kind.slice(0, 30)}`)
      .join(', ');
    return `${type === 'string' ? '(string)' : name.slice(0, 50)} ${kib(retained[node]).trim()}${
      small.length ? `; ${small.length} smaller: ${kib(smallBytes).trim()} (${mix})` : ''
    }`;
  };
  const branch = (node, level) => {
    if (level > depth) return;
    const heavy = dominated[node].filter((child) => retained[child] >= minBranch);
    heavy.sort((a, b) => retained[b] - retained[a]);
    for (const child of heavy) {
      lines.push(`${'  '.repeat(level)}.${edgeTo(node, child)} → ${describe(child)}`);
      branch(child, level + 1);
    }
  };
  lines.push(describe(0));
  branch(0, 1);

  // What holds the many small things (a string per release, a part per binding): self size
  // grouped by class and the first few retainers of each node, `[]` for any index.
  const retainers = Array.from({ length: graph.count }, () => []);
  for (const node of byOrder)
    graph.forEachEdge(node, (to, edgeType, edgeName) => {
      if (edgeType !== 'weak')
        retainers[to].push([node, edgeType === 'element' || edgeType === 'hidden' ? '[]' : edgeName]);
    });
  // Backing stores (an object's properties, an array's elements) are passed through, not shown.
  const BACKING = /^(system \/ PropertyArray|\(array\) \(object (elements|properties)\))$/;
  const pathOf = (node) => {
    const steps = [graph.className(node).slice(0, 30)];
    for (let level = 0, at = node, hops = 0; level < retainerDepth && retainers[at].length && hops < 8; hops++) {
      const [holder, edgeName] = retainers[at][0];
      const others = retainers[at].length - 1;
      at = holder;
      if (BACKING.test(graph.className(holder)) && retainers[holder].length) continue;
      const edge = /^\[?\d+\]?$/.test(edgeName) ? '[]' : edgeName;
      steps.push(`${graph.className(holder).slice(0, 24)}.${edge}${others ? ` (+${others})` : ''}`);
      level++;
    }
    return steps.join(' ← ');
  };
  const byPath = new Map();
  for (const node of byOrder) {
    const size = jsSize(node);
    if (!size) continue;
    const path = pathOf(node);
    const entry = byPath.get(path) ?? { count: 0, self: 0 };
    entry.count++;
    entry.self += size;
    byPath.set(path, entry);
  }
  lines.push('', `By retainer path, largest self size first (top ${top}; "(+n)": n more retainers):`, '');
  lines.push(`${'count'.padStart(7)} ${'self'.padStart(11)}  class ← first retainer.edge ← ...`);
  for (const [path, entry] of [...byPath].sort((a, b) => b[1].self - a[1].self).slice(0, top))
    lines.push(`${String(entry.count).padStart(7)} ${kib(entry.self)}  ${path}`);
  return lines.join('\n');
}
